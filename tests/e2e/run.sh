#!/usr/bin/env bash
# Browser end-to-end tests (issue 5 item 7): Playwright driving Debian's Chromium
# (/usr/bin/chromium, headless; never a downloaded browser) against a fresh motcua server with
# the demo province, serving the built web application (web/dist).
#
#   tests/e2e/run.sh --motcua build/src/app/motcua [playwright test args...]
#
# Builds nothing: `make build` builds the server and web/dist first. Installs the npm packages
# (npm ci) only when package-lock.json changed. Screenshots and failure traces go to
# test-output/e2e/ in the source tree (MOTCUA_E2E_OUT overrides).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"

motcua=""
if [ "${1:-}" = "--motcua" ]; then motcua="$2"; shift 2; fi
motcua="${motcua:-$root/build/src/app/motcua}"
web="${MOTCUA_E2E_WEB:-$root/web/dist}"
chromium="${MOTCUA_E2E_CHROMIUM:-/usr/bin/chromium}"
out="${MOTCUA_E2E_OUT:-$root/test-output/e2e}"

for need in "$motcua" "$web/index.html" "$chromium"; do
  if [ ! -e "$need" ]; then
    echo "e2e: $need is missing (make build builds the server and web/dist;" \
         "scripts/install-deps.sh installs chromium)" >&2
    exit 1
  fi
done
if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  echo "e2e: node and npm are missing (scripts/install-deps.sh installs them)" >&2
  exit 1
fi

cd "$here"
stamp=node_modules/.motcua-package-lock.sha256
want=$(sha256sum package-lock.json | cut -d' ' -f1)
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
  echo "e2e: installing npm packages (package-lock.json changed)"
  PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund --loglevel=error
  echo "$want" > "$stamp"
fi

# A fresh server: the demo province in a temporary data directory, port 0 (the kernel picks a
# free one; the server prints it).
tmp=$(mktemp -d "${TMPDIR:-/tmp}/motcua-e2e-XXXXXX")
server_pid=""
cleanup() {
  if [ -n "$server_pid" ] && kill -0 "$server_pid" 2>/dev/null; then
    kill "$server_pid" 2>/dev/null || true
    wait "$server_pid" 2>/dev/null || true
  fi
  rm -rf "$tmp"
}
trap cleanup EXIT INT TERM

"$motcua" init --data "$tmp/data" --demo >"$tmp/init.log" 2>&1 || {
  cat "$tmp/init.log" >&2
  exit 1
}
"$motcua" serve --data "$tmp/data" --port 0 --web "$web" --no-access-log >"$tmp/server.log" 2>&1 &
server_pid=$!
port=""
for _ in $(seq 1 200); do
  port=$(sed -n 's|.*motcua is serving http://[0-9.]*:\([0-9]*\)/.*|\1|p' "$tmp/server.log" | head -1)
  [ -n "$port" ] && break
  if ! kill -0 "$server_pid" 2>/dev/null; then break; fi
  sleep 0.1
done
if [ -z "$port" ]; then
  echo "e2e: motcua did not start:" >&2
  cat "$tmp/server.log" >&2
  exit 1
fi
echo "e2e: motcua serving http://127.0.0.1:$port/ (data $tmp/data, web $web)"

mkdir -p "$out"
status=0
MOTCUA_E2E_URL="http://127.0.0.1:$port" MOTCUA_E2E_OUT="$out" MOTCUA_E2E_CHROMIUM="$chromium" \
  PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 node_modules/.bin/playwright test "$@" || status=$?
if [ "$status" != 0 ]; then
  echo "e2e: server log (last 40 lines):" >&2
  tail -n 40 "$tmp/server.log" >&2
fi
exit "$status"
