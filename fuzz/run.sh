#!/usr/bin/env bash
# Builds the libFuzzer targets with clang in their own tree (build-fuzz/, sanitizers on) and runs
# each for a bounded time from the seed corpus in fuzz/corpus/<target>/. `make test` runs this
# as the ctest `fuzz.bounded`.
#   MOTCUA_FUZZ_SECONDS  seconds per target (default 30)
#   MOTCUA_FUZZ_BUILD    build directory (default <repo>/build-fuzz)
#   MOTCUA_FUZZ_JOBS     ninja -j (default 2)
# A crash leaves its input in build-fuzz/findings/<target>/ and fails the run.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
BUILD=${MOTCUA_FUZZ_BUILD:-$ROOT/build-fuzz}
SECONDS_EACH=${MOTCUA_FUZZ_SECONDS:-30}
TARGETS=(fuzz_json_inputs fuzz_request)

export CCACHE_BASEDIR=$ROOT CCACHE_NOHASHDIR=1
if [ ! -f "$BUILD/build.ninja" ]; then
  mkdir -p "$BUILD"
  cmake -S "$ROOT" -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_CXX_COMPILER=clang++ -DMOTCUA_FUZZ=ON >"$BUILD/configure.log" 2>&1 ||
    { cat "$BUILD/configure.log"; exit 1; }
fi
ninja -C "$BUILD" -j"${MOTCUA_FUZZ_JOBS:-2}" "${TARGETS[@]}"

# LeakSanitizer stays on; UBSan already aborts (-fno-sanitize-recover).
export ASAN_OPTIONS=${ASAN_OPTIONS:-abort_on_error=1:detect_leaks=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
# Process-wide caches of third-party libraries (fontconfig) are not leaks of ours: fuzz/lsan.supp.
export LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$ROOT/fuzz/lsan.supp:print_suppressions=0}
status=0
for t in "${TARGETS[@]}"; do
  seeds="$ROOT/fuzz/corpus/$t"
  work="$BUILD/corpus/$t"           # grows across runs; the committed seeds stay small
  findings="$BUILD/findings/$t"
  mkdir -p "$work" "$findings"
  echo "== $t: ${SECONDS_EACH}s"
  if ! "$BUILD/fuzz/$t" -max_total_time="$SECONDS_EACH" -timeout=10 -rss_limit_mb=4096 \
      -max_len=65536 -print_final_stats=1 -artifact_prefix="$findings/" \
      "$work" "$seeds" 2>"$BUILD/$t.log"; then
    tail -n 80 "$BUILD/$t.log"
    echo "== $t FAILED: see $findings/ and $BUILD/$t.log"
    status=1
    continue
  fi
  grep -E '^(stat::number_of_executed_units|stat::average_exec_per_sec|stat::peak_rss_mb|#[0-9]+ +DONE)' \
    "$BUILD/$t.log" || true
done
exit $status
