import pytest

from toolkit.browser.launch import find_browser, proxy_settings
from toolkit.errors import BrowserNotFound


def test_toolkit_browser_variable_wins(tmp_path, monkeypatch) -> None:
    fake = tmp_path / "chromium"
    fake.write_text("#!/bin/sh\n")
    fake.chmod(0o755)
    monkeypatch.setenv("TOOLKIT_BROWSER", str(fake))
    assert find_browser("/also/there").path == str(fake)


def test_bad_toolkit_browser_says_how_to_get_one(tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("TOOLKIT_BROWSER", str(tmp_path / "missing"))
    with pytest.raises(BrowserNotFound, match="playwright install chromium"):
        find_browser(None)


def test_playwright_download_comes_before_system_browsers(tmp_path, monkeypatch) -> None:
    monkeypatch.delenv("TOOLKIT_BROWSER", raising=False)
    downloaded = tmp_path / "chrome"
    downloaded.write_text("")
    choice = find_browser(str(downloaded))
    assert choice.origin == "playwright" and choice.path is None


def test_proxy_with_credentials() -> None:
    assert proxy_settings("http://user:p%40ss@proxy.local:3128") == {
        "server": "http://proxy.local:3128", "username": "user", "password": "p@ss"}  # fmt: skip
    assert proxy_settings("proxy.local:8080") == {"server": "http://proxy.local:8080"}
    assert proxy_settings(None) is None
