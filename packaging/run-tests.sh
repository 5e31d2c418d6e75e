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
phase "tests"
# Four at a time on two cores (the preset says so): most tests wait on servers, timers and
# sockets, and the whole suite used ~40% of both cores two at a time.
ctest --preset ci -LE bench

phase "build with ASan + UBSan"
packaging/build.sh asan
phase "tests under ASan + UBSan"
# Qt and the system libraries are not instrumented; leaks inside them are not ours.
export ASAN_OPTIONS=detect_leaks=0:abort_on_error=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
ctest --preset asan -LE bench
phase "all tests passed (${SECONDS} s in all)"
