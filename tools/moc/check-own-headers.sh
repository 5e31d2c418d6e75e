#!/bin/sh
# Test moc_own_headers: every header of the product (modules, server, console) comes out of
# moc-own-headers as it does out of Qt's moc with Qt's headers in reach, but for the include
# lines moc adds from Qt's Q_MOC_INCLUDE (see tools/moc/moc-own-headers.sh.in). What would
# differ: a property or a signal's argument that is a pointer to one of Qt's QObject classes
# (Qt's moc registers its metatype, having read the class; tested by hand when this was made).
#   check-own-headers.sh REAL_MOC OWN_HEADERS_MOC SOURCE_DIR QT_HEADERS_DIR
set -eu
real_moc=$1 own_moc=$2 source_dir=$3 qt_headers=$4
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
set -- -I"$qt_headers"
for folder in "$qt_headers"/Qt*; do set -- "$@" -I"$folder"; done
for folder in "$source_dir"/modules/*/include "$source_dir"/server/src; do set -- "$@" -I"$folder"; done
files=$(grep -rlE 'Q_OBJECT|Q_GADGET|Q_NAMESPACE' \
    --include='*.h' "$source_dir/modules" "$source_dir/server/src" "$source_dir/app" | sort)
[ -n "$files" ] || { echo "no header to compare under $source_dir"; exit 1; }
checked=0 failed=0
for file in $files; do
    "$real_moc" "$@" "$file" -o "$work/real.cpp"
    "$own_moc" "$@" "$file" -o "$work/own.cpp"
    grep -v '^#include <' "$work/real.cpp" >"$work/real.rest"
    grep -v '^#include <' "$work/own.cpp" >"$work/own.rest"
    grep '^#include <' "$work/own.cpp" >"$work/own.includes" || true
    if ! cmp -s "$work/real.rest" "$work/own.rest" ||
        grep -vxFf "$work/real.cpp" "$work/own.includes" >/dev/null; then
        echo "moc output differs for $file:"
        diff "$work/real.cpp" "$work/own.cpp" || true
        failed=$((failed + 1))
    fi
    checked=$((checked + 1))
done
echo "$checked headers compared, $failed differ"
[ "$failed" -eq 0 ]
