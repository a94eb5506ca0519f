"""`--cluster tls://`: a scheduler and worker started with the README's TLS recipe (a CA, a certificate it
signed, `--tls-ca-file --tls-cert --tls-key`) take a run from a client with the same options, and turn
away a client without them in one line."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from tests.cluster.conftest import dask_cluster, make_certificates
from tests.cluster.test_cluster_run import many, records_of
from tests.conftest import run_cli
from toolkit.demo.server import DemoSite


def test_a_tls_cluster_scrapes_and_a_client_without_tls_is_turned_away(demo_site: DemoSite, tmp_path: Path) -> None:
    tls = make_certificates(tmp_path)
    inputs = many(demo_site, 4)
    out, plain_out = tmp_path / "out.jsonl", tmp_path / "plain.jsonl"
    with dask_cluster(tmp_path, {"secure": {}}, tls=tls) as cluster:
        assert cluster.address.startswith("tls://127.0.0.1:")
        done = run_cli("scrape", *inputs, "-o", str(out), "--cluster", cluster.address, *tls.options, cwd=tmp_path)
        plain = cluster.address.replace("tls://", "tcp://")
        refused = run_cli("scrape", *inputs, "-o", str(plain_out), "--cluster", plain, cwd=tmp_path)
    assert done.returncode == 0, done.stdout + done.stderr
    records = records_of(out)
    assert Counter(r["url"] for r in records) == Counter(inputs)
    assert all(r["status"] == "ok" and r["text"] for r in records)
    assert [line for line in done.stdout.splitlines() if line.startswith("worker 127.0.0.1:")], done.stdout
    assert refused.returncode == 1
    assert refused.stderr.count("\n") == 1, refused.stderr  # one line
    assert f"cannot reach the Dask scheduler at {plain}" in refused.stderr
    assert "needs --cluster tls://" in refused.stderr
    assert Counter(r["url"] for r in records_of(plain_out)) == Counter(inputs)  # one record per input all the same
    assert {r["error"]["kind"] for r in records_of(plain_out)} == {"cluster"}
    assert "Traceback" not in done.stdout + done.stderr + refused.stdout + refused.stderr


def test_tls_options_are_checked_before_the_run(tmp_path: Path) -> None:
    tls = make_certificates(tmp_path)
    url = "http://127.0.0.1:9/read/x"
    without_cert = run_cli("scrape", url, "--cluster", "tls://127.0.0.1:9", "--tls-ca-file", str(tls.ca), cwd=tmp_path)
    with_tcp = run_cli("scrape", url, "--cluster", "tcp://127.0.0.1:9", *tls.options, cwd=tmp_path)
    missing = run_cli("scrape", url, "--cluster", "tls://127.0.0.1:9", "--tls-ca-file", str(tmp_path / "nope.pem"),
                      cwd=tmp_path)  # fmt: skip
    for done, says in [(without_cert, "needs this client's certificate: --tls-cert and --tls-key"),
                       (with_tcp, "go with --cluster tls://"), (missing, "--tls-ca-file: no such file")]:  # fmt: skip
        assert done.returncode == 2, done.stderr
        assert says in done.stderr and done.stderr.count("\n") == 1, done.stderr
        assert "Traceback" not in done.stderr
