#!/bin/sh
# Test moc_own_headers: the product's headers (modules, server, console) come out of
# moc-own-headers as they do out of Qt's moc with Qt's headers in reach, but for the include
# lines moc adds from Qt's Q_MOC_INCLUDE (see tools/moc/moc-own-headers.sh.in). What can
# differ: a property or a method argument that points to one of Qt's QObject classes (Qt's moc
# registers its metatype, having read the class), and a header whose #if reads Qt's macros.
# Qt's moc costs ~0.3 s a header (all 134: ~40 s of CPU), so it runs on the headers where a
# difference can show (pointers to Q* classes in the metatypes, an #if), and on those that
# give moc the most to read (properties, enums, flags, gadgets, namespaces, class infos).
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
checked=0 failed=0 total=0
for file in $files; do
    total=$((total + 1))
    "$own_moc" "$@" "$file" -o "$work/own.cpp"
    if ! grep -qE 'Q_PROPERTY|Q_ENUM|Q_FLAG|Q_GADGET|Q_NAMESPACE|Q_CLASSINFO|Q_INTERFACES' "$file" &&
        ! grep -qE '^[[:space:]]*#[[:space:]]*(if|elif)' "$file" &&
        ! grep 'TypeAndForceComplete<' "$work/own.cpp" | grep -qE '\bQ[A-Za-z0-9_]* ?\*'; then
        continue
    fi
    "$real_moc" "$@" "$file" -o "$work/real.cpp"
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
echo "$total headers, $checked compared with Qt's moc, $failed differ"
[ "$failed" -eq 0 ]
