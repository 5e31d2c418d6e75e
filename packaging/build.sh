#!/usr/bin/env bash
# Configures and builds one CMake preset (dev, ci or asan) with Ninja, two jobs; with target
# names after the preset, only those (the demo builds the server and the console alone).
#   build.sh [preset] [target...]
set -euo pipefail
cd "$(dirname "$0")/.."
preset=${1:-dev}
shift || true
# One compiler cache for every build folder of this machine; paths below the repository are
# hashed relative to it (file-by-file builds of another clone reuse the objects; unity
# batches name their files by absolute path and do not).
export CCACHE_DIR=${CCACHE_DIR:-$HOME/.cache/ccache}
export CCACHE_BASEDIR=${CCACHE_BASEDIR:-$PWD}
cmake --preset "$preset" >/dev/null
if [ $# -gt 0 ]; then
    cmake --build --preset "$preset" --target "$@"
else
    cmake --build --preset "$preset"
fi
