#!/usr/bin/env bash
# Builds the web application (web/, TypeScript + Vite) into web/dist, which `motcua serve`
# serves. Installs the npm packages (npm ci) only when web/package-lock.json changed since the
# last install. With --test, runs the front end's unit tests (Vitest) instead of building.
set -euo pipefail
cd "$(dirname "$0")/../web"

if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  echo "build-web: node and npm are missing (scripts/install-deps.sh installs them)" >&2
  exit 1
fi

stamp=node_modules/.motcua-package-lock.sha256
want=$(sha256sum package-lock.json | cut -d' ' -f1)
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
  echo "build-web: installing npm packages (package-lock.json changed)"
  npm ci --no-audit --no-fund --loglevel=error
  echo "$want" > "$stamp"
fi

if [ "${1:-}" = "--test" ]; then
  exec npm test --silent
fi
npm run build --silent

# The budget of docs/web-bundle-budget.md, kept: the entry chunk and the stylesheet (gzip).
check_budget() {  # glob, limit in bytes, what
  local file size
  for file in $1; do
    size=$(gzip -9 -c "$file" | wc -c)
    if [ "$size" -gt "$2" ]; then
      echo "build-web: $3 $file is $size bytes gzipped, over the budget of $2 (docs/web-bundle-budget.md)" >&2
      exit 1
    fi
  done
}
check_budget "dist/assets/index-*.js" 12288 "the entry chunk"
check_budget "dist/assets/index-*.css" 6144 "the stylesheet"
