"""What a person sees of a run: Rich live progress and the summary table (`terminal`), the HTML run
report (`html`), and `toolkit inspect`'s overlays of what extraction kept and dropped (`inspect`)."""

from toolkit.report.terminal import RunReport, summary_table, totals_line

__all__ = ["RunReport", "summary_table", "totals_line"]
