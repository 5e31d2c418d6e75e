#!/usr/bin/env bash
# Everything CI runs: installs what is missing, builds with warnings as errors and runs every
# test (unit, API on SQLite and on a private PostgreSQL that CTest starts and stops, GUI
# offscreen), then builds again under AddressSanitizer + UndefinedBehaviorSanitizer and runs
# the same tests there. Benchmarks (label bench) are not run here.
set -euo pipefail
cd "$(dirname "$0")/.."
packaging/install-deps.sh test
export QT_QPA_PLATFORM=offscreen
# Everything this script needs was just installed: a test that cannot run here fails instead
# of skipping (see fielddesk_add_keyring_test in tests/CMakeLists.txt).
export CI=${CI:-true}
export CCACHE_DIR=${CCACHE_DIR:-$HOME/.cache/ccache}
# Each phase says how long it took (the README's first-run figures come from these lines).
phase_start=$SECONDS
phase() {
    [ -z "${phase_name:-}" ] || echo "== ${phase_name}: $((SECONDS - phase_start)) s"
    phase_name=$1
    phase_start=$SECONDS
    echo "== $1"
}
trap '[ -z "${phase_name:-}" ] || echo "== ${phase_name}: stopped after $((SECONDS - phase_start)) s"' ERR

phase "build (warnings are errors)"
packaging/build.sh ci
phase "tests (the sanitizer build starts beside them at the lowest priority)"
# The tests use about half of the two cores (most of them wait on servers, timers and
# sockets); the sanitizer build takes what they leave, at nice 19, so that it never slows them
# (their wall-clock assertions run here, not under the sanitizers). Its output follows theirs.
asan_log=$(mktemp)
setsid nice -n 19 packaging/build.sh asan >"$asan_log" 2>&1 &
asan_build=$!
trap 'kill -- -"$asan_build" 2>/dev/null || true' EXIT
# Four at a time on two cores (the preset says so).
ctest --preset ci -LE bench

phase "build with ASan + UBSan (what is left of it)"
asan_status=0
wait "$asan_build" || asan_status=$?
trap - EXIT
cat "$asan_log"
rm -f "$asan_log"
[ "$asan_status" -eq 0 ] || exit "$asan_status"
phase "tests under ASan + UBSan"
# Qt and the system libraries are not instrumented; leaks inside them are not ours.
export ASAN_OPTIONS=detect_leaks=0:abort_on_error=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
ctest --preset asan -LE bench
phase "all tests passed (${SECONDS} s in all)"
