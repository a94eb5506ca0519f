"""The parts of a cluster run that need no cluster: per-host slots over the workers, and what a
batch carries to a worker (options, session, profiles) without a secret showing in a repr."""

from __future__ import annotations

import pickle
import stat
from collections import deque
from dataclasses import replace
from pathlib import Path

import pytest

from toolkit import sites
from toolkit.cluster.client import DEPTH, _InFlight, _Run
from toolkit.cluster.work import Batch, RunSpec, record_from_dict
from toolkit.cluster.worker import worker_options
from toolkit.record import Image, Record
from toolkit.run import Listener, RunResult, ScrapeOptions
from toolkit.sites import bisnis


def planned(options: ScrapeOptions, workers: list[str], urls: list[str]) -> _Run:
    """Batches handed out as the dispatch loop would (no cluster: the flights have no future)."""
    run = _Run(None, options, Listener(), lambda record: None, RunResult())  # type: ignore[arg-type]
    for index, url in enumerate(urls):
        run.todo.setdefault(url.split("/")[2], deque()).append((index, url))
    share = max(1, options.per_host // len(workers))
    for _ in range(DEPTH):
        for worker in workers:
            batch = run._next_batch(worker, share, len(workers))
            if batch is not None:
                run.flying[str(batch.number)] = _InFlight(batch, worker, None)  # type: ignore[arg-type]
    return run


def test_per_host_slots_hold_across_the_cluster() -> None:
    urls = [f"https://{host}/read/{n}" for n in range(40) for host in ("a.test", "b.test")]
    run = planned(ScrapeOptions(concurrency=4, per_host=4), ["w1", "w2", "w3"], urls)
    for host in ("a.test", "b.test"):
        assert run._used(host, but="") <= 4  # each worker runs one batch at a time: its largest share counts
        assert {f.worker for f in run.flying.values() if f.batch.host == host}  # and the host is being worked on
    assert all(f.batch.slots >= 1 for f in run.flying.values())
    assert len({f.worker for f in run.flying.values()}) == 3  # every worker got work


def test_a_paced_host_goes_to_one_worker_at_a_time(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sites, "PROFILES", (replace(bisnis.PROFILE, delay=2.0),))
    urls = [f"https://ekonomi.bisnis.com/read/{n}" for n in range(40)]
    run = planned(ScrapeOptions(concurrency=4, per_host=4), ["w1", "w2"], urls)
    assert {f.worker for f in run.flying.values()} == {"w1"}


def test_a_batch_carries_the_options_the_session_and_the_profiles(tmp_path: Path) -> None:
    session = tmp_path / "reader.json"
    session.write_text('{"cookies": [{"name": "sid", "value": "s3cret-token"}], "origins": []}')
    options = ScrapeOptions(proxy="http://user:pa55word@proxy.test:3128", session=str(session), record_dir="rec")
    spec = pickle.loads(pickle.dumps(RunSpec.of("run1", options)))  # as it travels to a worker
    assert "s3cret" not in repr(spec) and "pa55word" not in repr(spec)
    batch = Batch(1, "a.test", 2, ((0, "https://a.test/1"), (1, "https://a.test/2")))
    assert "a.test/1" not in repr(batch)
    scratch = tmp_path / "worker"
    scratch.mkdir()
    on_worker = worker_options(spec, batch, scratch)
    assert on_worker.proxy == options.proxy
    assert (on_worker.concurrency, on_worker.per_host, on_worker.robots) == (2, 2, False)  # robots: the client's
    written = Path(str(on_worker.session))
    assert written.name == "reader.json" and written.parent == scratch
    assert written.read_text() == session.read_text()
    assert stat.S_IMODE(written.stat().st_mode) == 0o600
    assert Path(str(on_worker.record_dir)).parent == scratch  # recordings go back to the client
    assert spec.profiles == sites.PROFILES


def test_a_record_survives_the_wire() -> None:
    record = Record(url="https://a.test/1", status="ok", title="Judul", authors=["A"], pages=2,
                    image=Image("https://a.test/i.jpg", "Keterangan"), text="satu\n\ndua")  # fmt: skip
    assert record_from_dict(record.to_dict()) == record
