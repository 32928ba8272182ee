#!/usr/bin/env bash
# Builds the .deb, installs it with dpkg -i, and runs the installed `hortus self-test` with the
# network unplugged (a network namespace of its own: loopback only, no route out). Then removes
# the package and checks that the user's data stayed. Needs root (dpkg, unshare) and, once, the
# package's dependencies (GTK 3, xdg-utils, a CJK font): a desktop machine has them; on a bare
# machine they come from the distribution's mirror or media (`apt-get install`, below).
# Usage: installer/check-deb.sh [--no-build]
set -euo pipefail
cd "$(dirname "$0")/.."

if [[ "${1:-}" != "--no-build" ]]; then
  ./dev mvn -q -Pinstaller,deb -DskipTests package
fi
deb=$(ls installer/target/dist/hortus_*.deb)
echo "package: $deb ($(du -h "$deb" | cut -f1))"
dpkg-deb -f "$deb" Package Version Depends

# The dependencies dpkg will ask for, from the distribution (not from us).
depends=$(dpkg-deb -f "$deb" Depends | tr ',' '\n' | sed 's/(.*)//; s/|.*//' | xargs)
missing=()
for package in $depends; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if ((${#missing[@]})); then
  echo "installing the package's dependencies from the distribution: ${missing[*]}"
  apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

dpkg -i "$deb"
echo "installed size: $(du -sh /opt/hortus | cut -f1) in /opt/hortus"

# The self-test in a network namespace of its own: only loopback, which it brings up; the
# `ip route get` proves there is no way out before the test runs.
home=$(mktemp -d)
unshare --net env HOME="$home" XDG_DATA_HOME="$home/data" sh -c '
  ip link set lo up
  if ip route get 1.1.1.1 >/dev/null 2>&1; then echo "a route out exists: not unplugged"; exit 3; fi
  echo "network unplugged: no route out, loopback only"
  /opt/hortus/bin/hortus self-test'

# Removing the package leaves the user's data: put a file where the data goes, remove, look.
mkdir -p "$home/data/hortus" && echo kept > "$home/data/hortus/marker"
dpkg -r hortus
test -f "$home/data/hortus/marker" && echo "package removed, user data kept in $home/data/hortus"
rm -rf "$home"
