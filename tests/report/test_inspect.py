"""`toolkit inspect`: what extraction kept and dropped, drawn on the page, for recordings, saved pages and URLs."""

from __future__ import annotations

import json
from collections import Counter
from collections import Counter as Hits
from pathlib import Path

from playwright.sync_api import expect

from tests.conftest import ROOT, FaultHandler, run_cli
from tests.report.conftest import Offline
from toolkit.demo.articles import BY_ID
from toolkit.demo.server import DemoSite
from toolkit.report.inspect import ROLES
from toolkit.sites import bisnis

PREMIUM = ROOT / "recordings" / "strategi-bank-daerah-hadapi-suku-bunga-tinggi"

PIXEL_AT = """([x, y]) => new Promise((done) => {
  const img = document.querySelector('.shot img'), picture = new Image();
  picture.onload = () => {
    const canvas = document.createElement('canvas');
    canvas.width = picture.naturalWidth; canvas.height = picture.naturalHeight;
    const context = canvas.getContext('2d');
    context.drawImage(picture, 0, 0);
    done(Array.from(context.getImageData(x, y, 1, 1).data.slice(0, 3)));
  };
  picture.src = img.src;
})"""


def inspect(*args: str, cwd: Path) -> tuple[int, Path, dict]:
    out = cwd / "inspected"
    done = run_cli("inspect", *args, "-o", str(out), cwd=cwd)
    assert "Traceback" not in done.stdout + done.stderr
    return done.returncode, out, json.loads((out / "record.json").read_text(encoding="utf-8"))


def boxes(offline: Offline) -> list[dict]:
    return offline.page.locator(".box").evaluate_all(
        "boxes => boxes.map(b => ({...b.dataset, left: b.style.left, top: b.style.top}))"
    )


def open_inspection(offline: Offline, folder: Path) -> None:
    offline.page.goto((folder / "inspect.html").as_uri())
    offline.page.wait_for_load_state("load")
    assert offline.remote == []
    assert offline.errors == []


def test_a_premium_recording_shows_its_wall_and_the_dropped_blocks(offline: Offline, tmp_path: Path) -> None:
    code, out, record = inspect(str(PREMIUM), cwd=tmp_path)
    assert code == 0
    expected = json.loads((PREMIUM / "expected.json").read_text(encoding="utf-8"))
    for field in ("title", "text", "access", "access_evidence", "site"):
        assert record[field] == expected[field], field
    assert record["source"] == str(PREMIUM)
    assert (out / "inspect.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"

    open_inspection(offline, out)
    page = offline.page
    drawn = boxes(offline)
    roles = Counter(b["role"] for b in drawn)
    assert roles["paywall"] >= 1 and roles["title"] == 1 and roles["body"] >= 1 and roles["dropped"] >= 1
    for role in ROLES:  # the legend counts what is drawn
        assert page.locator(f'.legend li[data-role="{role}"] .count').inner_text() == str(roles[role])
    title = next(b for b in drawn if b["role"] == "title")
    assert title["text"] == record["title"]
    dropped = {b["reason"] for b in drawn if b["role"] == "dropped"}
    assert any(reason.endswith(selector) for reason in dropped for selector in bisnis.PROFILE.drop)
    assert page.locator('.record tr[data-field="title"] td').inner_text() == record["title"]
    assert page.locator(".marks tbody tr").count() >= len(drawn)

    wall = page.locator('.box[data-role="paywall"]').first
    wall.hover()
    expect(page.locator("#detail-role")).to_contain_text("paywall")
    assert record["access_evidence"][0] in page.locator("#detail-role").inner_text()
    assert "Konten Premium" in page.locator("#detail-text").inner_text()

    # The outline is in the picture itself: the wall box's left edge has the paywall colour.
    shot = page.locator(".shot img")
    width, height = shot.evaluate("img => [img.naturalWidth, img.naturalHeight]")
    x = round(float(wall.evaluate("b => b.style.left").rstrip("%")) / 100 * width)
    y = round(float(wall.evaluate("b => b.style.top").rstrip("%")) / 100 * height) + 30
    colour = ROLES["paywall"][0]
    wanted = [int(colour[i : i + 2], 16) for i in (1, 3, 5)]
    got = page.evaluate(PIXEL_AT, [x, y])
    assert all(abs(a - b) <= 8 for a, b in zip(got, wanted, strict=True)), (got, wanted)


def test_a_live_two_page_article_shows_its_pager(offline: Offline, demo_site: DemoSite, tmp_path: Path) -> None:
    article = BY_ID[1002]
    code, out, record = inspect(demo_site.url(article), cwd=tmp_path)
    assert code == 0
    assert record["pages"] == len(article.pages) == 2
    assert record["text"] == article.full_text()
    open_inspection(offline, out)
    pager = [b for b in boxes(offline) if b["role"] == "pager"]
    assert pager and all(b["text"].strip().isdigit() for b in pager)
    assert all(b["reason"].startswith("page link") for b in pager)


def test_a_saved_page_with_a_forced_profile(offline: Offline, fault_server: str, tmp_path: Path) -> None:
    """A page with bisnis.com's body markup but not its template fingerprint, on another host: the generic
    extractor reads it, and --profile bisnis.com shows what that profile's drop rules would take out."""
    saved = tmp_path / "saved.html"
    paragraphs = [f"<p>Paragraf {n} tentang nelayan yang membangun dermaga baru di pesisir.</p>" for n in range(6)]
    saved.write_text(
        "<!DOCTYPE html><html lang='id'><head><title>Dermaga Baru</title>"
        f"<script src='{fault_server}/tracker.js'></script></head><body><h1>Dermaga Baru</h1>"
        f"<article class='detailsContent'>{''.join(paragraphs[:3])}"
        "<div class='baca-juga-box'>Baca Juga: Kapal Baru</div>"
        f"{''.join(paragraphs[3:])}<img src='{fault_server}/pixel.png'></article></body></html>",
        encoding="utf-8",
    )
    before = Hits(FaultHandler.hits)
    code, _, plain = inspect(str(saved), "--url", "https://pesisir.example.test/dermaga", cwd=tmp_path)
    assert code == 0 and plain["site"] == "generic"
    code, out, forced = inspect(str(saved), "--url", "https://pesisir.example.test/dermaga", "--profile", "bisnis.com",
                                cwd=tmp_path)  # fmt: skip
    assert code == 0 and forced["site"] == "bisnis.com"
    assert "Baca Juga" not in forced["text"]
    assert Hits(FaultHandler.hits) - before == Hits()  # offline: not one request reached the server
    open_inspection(offline, out)
    reasons = {b["reason"] for b in boxes(offline) if b["role"] == "dropped"}
    assert "profile drop: div.baca-juga-box" in reasons


def test_bad_targets(fault_server: str, tmp_path: Path) -> None:
    unknown = run_cli("inspect", str(PREMIUM), "--profile", "nope.example", "-o", str(tmp_path / "x"), cwd=tmp_path)
    assert unknown.returncode == 2 and "bisnis.com" in unknown.stderr
    missing = run_cli("inspect", str(tmp_path / "nope.html"), cwd=tmp_path)
    assert missing.returncode == 2 and "no such file" in missing.stderr
    (tmp_path / "taken").write_text("a file, not a folder")
    not_a_folder = run_cli("inspect", str(PREMIUM), "-o", str(tmp_path / "taken"), cwd=tmp_path)
    assert not_a_folder.returncode == 2 and "folder" in not_a_folder.stderr
    code, out, record = inspect(f"{fault_server}/missing", cwd=tmp_path)
    assert code == 1 and record["status"] == "error" and record["error"]["kind"] == "http"
    assert not (out / "inspect.png").exists()
    assert "No picture" in (out / "inspect.html").read_text(encoding="utf-8")
