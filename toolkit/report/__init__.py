"""What a person sees of a run: Rich live progress and the summary table."""

from toolkit.report.terminal import RunReport, summary_table, totals_line

__all__ = ["RunReport", "summary_table", "totals_line"]
