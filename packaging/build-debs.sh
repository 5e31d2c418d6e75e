#!/usr/bin/env bash
# Builds the fielddesk-server and fielddesk (console) .deb packages for Debian 12 into OUTDIR
# (default build/debs), from the build the tests run against (preset ci: the same compiler
# flags; the binaries are stripped into the packages).
#   packaging/build-debs.sh [OUTDIR]
set -euo pipefail
cd "$(dirname "$0")/.."
packaging/install-deps.sh package
out=$(realpath -m "${1:-build/debs}")
packaging/build.sh ci fielddesk fielddesk-server fielddesk_man_pages fielddesk_changelogs \
    fielddesk_icon_pngs
mkdir -p "$out"
(cd build && cpack -G DEB -B "$out/.cpack" >/dev/null)
mv "$out"/.cpack/*.deb "$out"/
rm -rf "$out/.cpack"
ls -1 "$out"/*.deb
