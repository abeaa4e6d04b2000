#!/usr/bin/env bash
# Installs, from Debian's archive, whatever the build, the tests and the benchmark need and the
# machine lacks. Safe to run again: it asks apt only for missing packages.
set -euo pipefail

PACKAGES=(
  # toolchain
  g++ cmake ninja-build ccache pkg-config make python3 curl
  # libraries
  libboost-dev nlohmann-json3-dev libspdlog-dev libfmt-dev libcli11-dev libargon2-dev
  libssl-dev libsqlite3-dev sqlite3 libpq-dev
  # documents: PDF rendering (cairo + pango), QR codes, a font that covers Vietnamese
  libcairo2-dev libpango1.0-dev libqrencode-dev fonts-dejavu-core
  # documents: PDF pages rendered for OCR and rebuilt as images (poppler on cairo)
  libpoppler-glib-dev
  # signing: zlib inflates the compressed cross-reference and object streams of uploaded PDFs
  zlib1g-dev
  # process: BPMN process maps read with pugixml
  libpugixml-dev
  # signing tests: pdftotext, pdfinfo and pdfsig read back what we render and sign
  poppler-utils
  # OCR: Tesseract with its Vietnamese model, Leptonica to decode the scans
  libtesseract-dev libleptonica-dev tesseract-ocr-vie
  # tests: GoogleTest, Google Benchmark, libFuzzer (clang), a PostgreSQL 15 server
  libgtest-dev libgmock-dev libbenchmark-dev clang libclang-rt-14-dev postgresql-15
  # benchmark baseline for reads
  nginx-light
  # browser tests (tests/e2e): Playwright drives Debian's Chromium, never a downloaded browser
  chromium
)

missing=()
for p in "${PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

# The web application's build (web/, Vite) needs Node.js 20.19 or newer and npm; Debian's
# packages are used only when the machine has no node at all.
if ! command -v node >/dev/null 2>&1; then
  missing+=(nodejs npm)
fi

if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

echo "Installing: ${missing[*]}"
SUDO=""
if [ "$(id -u)" != 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
# The postgresql package would start a system cluster on port 5432; tests use their own.
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
