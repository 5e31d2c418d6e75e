#!/usr/bin/env bash
# Installs the Debian 12 packages FieldDesk needs, only those that are missing (idempotent).
#   install-deps.sh run   : what building and running needs
#   install-deps.sh package: that, plus what building .deb packages needs (dpkg-shlibdeps)
#   install-deps.sh cluster: what building and running needs, PostgreSQL and HAProxy
#                           (cluster-demo.sh)
#   install-deps.sh test  : that, plus what the tests need (PostgreSQL, D-Bus keyring, openssl
#                           for the HTTPS tests' throw-away certificates, Node.js and Redocly's
#                           OpenAPI linter from the npm registry)
set -euo pipefail
need=(cmake ninja-build ccache g++ lld pkg-config libqt6svg6 qt6-translations-l10n
      qt6-base-dev qt6-charts-dev qt6-pdf-dev qt6-httpserver-dev qt6-websockets-dev qt6-positioning-dev qtkeychain-qt6-dev
      libqt6sql6-sqlite libqt6sql6-psql qt6-l10n-tools qt6-tools-dev libgl-dev libargon2-dev libsqlite3-dev libpq-dev zlib1g-dev)
case "${1:-run}" in
    run) need+=(curl ca-certificates) ;;
    package) need+=(dpkg-dev file) ;;
    cluster) need+=(curl postgresql haproxy) ;;
    test) need+=(clang libclang-rt-14-dev # the sanitizer build and its libFuzzer targets
                 postgresql postgresql-client haproxy dbus gnome-keyring curl openssl
                 desktop-file-utils appstream systemd groff-base dpkg-dev file lintian)
          # Node.js and npm from Debian, unless a Node.js that brings its own npm is installed.
          command -v npm >/dev/null || need+=(nodejs npm) ;;
    *) echo "usage: $0 run|package|cluster|test" >&2; exit 2 ;;
esac
missing=()
for package in "${need[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed' || missing+=("$package")
done
if [ ${#missing[@]} -gt 0 ]; then
    echo "Installing: ${missing[*]}"
    sudo_cmd=""
    [ "$(id -u)" = 0 ] || sudo_cmd="sudo"
    $sudo_cmd apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# The OpenAPI linter (tools/openapi-lint), at the versions its lock file pins; again only when
# the lock file changed since the last install.
if [ "${1:-run}" = test ]; then
    lint_dir="$(cd "$(dirname "$0")/.." && pwd)/tools/openapi-lint"
    stamp="$lint_dir/node_modules/.installed-lock"
    if ! cmp -s "$lint_dir/package-lock.json" "$stamp"; then
        echo "Installing the OpenAPI linter (npm ci)"
        npm ci --prefix "$lint_dir" --no-audit --no-fund --loglevel=error >/dev/null
        cp "$lint_dir/package-lock.json" "$stamp"
    fi
fi
