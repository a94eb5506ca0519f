"""`scrape --workers N` starts a cluster on this machine: nothing of it may listen beyond it (a Dask scheduler
runs what it is sent, its dashboard shows the run's URLs)."""

from __future__ import annotations

import psutil

from toolkit.cluster.connect import connect


def test_a_local_cluster_listens_on_loopback_only() -> None:
    with connect(2, None) as client:
        assert len(client.scheduler_info()["workers"]) == 2
        me = psutil.Process()
        listening = [
            (process.pid, conn.laddr)
            for process in (me, *me.children(recursive=True))
            for conn in process.net_connections(kind="inet")
            if conn.status == psutil.CONN_LISTEN
        ]
    assert len(listening) >= 3  # the scheduler and both workers at least
    outside = [(pid, address) for pid, address in listening if not address.ip.startswith("127.")]
    assert not outside, outside
