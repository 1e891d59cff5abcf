#!/usr/bin/env bash
# The console's end-to-end tests drive Debian's chromium headless (issue 8). This installs it when it is missing,
# from the distribution's own repository; the build runs it before the integration tests.
set -euo pipefail
CHROMIUM=/usr/bin/chromium
if [[ -x "$CHROMIUM" ]]; then
  exit 0
fi
if [[ "$(id -u)" -ne 0 ]]; then
  if command -v sudo >/dev/null && sudo -n true 2>/dev/null; then
    exec sudo -n "$0" "$@"
  fi
  echo "chromium is missing at $CHROMIUM and installing it needs root: run 'apt-get install -y chromium' once." >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
echo "Installing Debian's chromium for the console's end-to-end tests..." >&2
if ! apt-get install -y -q --no-install-recommends chromium >/dev/null; then
  apt-get update -q >/dev/null
  apt-get install -y -q --no-install-recommends chromium >/dev/null
fi
"$CHROMIUM" --version >&2
