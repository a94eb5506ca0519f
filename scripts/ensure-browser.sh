#!/usr/bin/env bash
# Makes sure the toolkit can find a Chromium, in DESIGN.md's order: TOOLKIT_BROWSER or one already
# installed; else `playwright install chromium` (fails in seconds where its download host is
# unreachable); else, as root with apt, Debian's chromium-headless-shell.
set -u
toolkit=${1:-.venv/bin/toolkit}
python=$(dirname "$toolkit")/python
found() { "$toolkit" browser >/dev/null 2>&1; }

if found; then "$toolkit" browser; exit 0; fi
echo "No Chromium yet: trying 'playwright install chromium'..."
timeout 600 "$python" -m playwright install chromium >/dev/null 2>&1 || echo "  playwright's download failed."
if found; then "$toolkit" browser; exit 0; fi
if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
  echo "Installing Debian's chromium-headless-shell with apt-get..."
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
    chromium-headless-shell) >/tmp/toolkit-apt.log 2>&1 || { echo "  apt-get failed: see /tmp/toolkit-apt.log"; }
fi
if found; then "$toolkit" browser; exit 0; fi
"$toolkit" browser
exit 1
