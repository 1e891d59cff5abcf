#!/usr/bin/env bash
# The console's end-to-end tests drive Debian's chromium headless (issue 8). This installs it when it is missing,
# from the distribution's own repository, with a CJK font so that the Chinese screenshots are legible; the build
# runs it before the integration tests.
set -euo pipefail
# Arguments: Maven's maven.test.skip and skipITs; either true means no test will drive a browser.
for skip in "$@"; do
  [[ "$skip" == true ]] && exit 0
done
CHROMIUM=/usr/bin/chromium
missing=()
[[ -x "$CHROMIUM" ]] || missing+=(chromium)
dpkg -s fonts-wqy-zenhei >/dev/null 2>&1 || missing+=(fonts-wqy-zenhei)
if [[ ${#missing[@]} -eq 0 ]]; then
  exit 0
fi
if [[ "$(id -u)" -ne 0 ]]; then
  if command -v sudo >/dev/null && sudo -n true 2>/dev/null; then
    exec sudo -n "$0"
  fi
  echo "The console's end-to-end tests need ${missing[*]}, and installing them needs root:" \
       "run 'apt-get install -y ${missing[*]}' once." >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
echo "Installing ${missing[*]} for the console's end-to-end tests..." >&2
if ! apt-get install -y -q --no-install-recommends "${missing[@]}" >/dev/null; then
  apt-get update -q >/dev/null
  apt-get install -y -q --no-install-recommends "${missing[@]}" >/dev/null
fi
"$CHROMIUM" --version >&2
