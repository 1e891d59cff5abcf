#!/usr/bin/env bash
# The Maven build's steps for the console, with the machine's node/npm (nothing else is downloaded):
#   install  npm ci, unless node_modules already matches package-lock.json
#   build    type-check and vite build into target/classes/gridcharge-console, unless its inputs are unchanged
#   test     the vitest component tests
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"

command -v npm >/dev/null || { echo "The console needs node and npm (node 20 or newer) on the PATH." >&2; exit 1; }
OUT=target/classes/gridcharge-console
STAMP=target/console-build.stamp

newer_than() { # prints a file among the console's inputs newer than $1, if any
  find src index.html package-lock.json vite.config.ts tsconfig.json public -newer "$1" -type f -print -quit 2>/dev/null
}

case "${1:-}" in
  install)
    if [[ ! -f node_modules/.package-lock.json || package-lock.json -nt node_modules/.package-lock.json ]]; then
      npm ci --no-audit --no-fund --loglevel=error
    fi ;;
  build)
    if [[ -f "$STAMP" && -f "$OUT/index.html" && -z "$(newer_than "$STAMP")" ]]; then
      echo "console: unchanged since the last build"
      exit 0
    fi
    npm run --silent build
    touch "$STAMP" ;;
  test)
    # -Dmaven.test.skip=true skips these as -DskipTests does (the exec plugin's skip takes one property).
    if [[ "${2:-}" == true ]]; then exit 0; fi
    npm test --silent ;;
  *)
    echo "usage: maven-npm.sh install|build|test" >&2; exit 2 ;;
esac
