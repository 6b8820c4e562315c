#!/bin/sh
# Installs the Debian packages named as arguments when they are missing (Chromium, CJK fonts and nginx for
# the browser tests, wrk for the load benchmark), so a clean clone on a fresh machine needs no manual step.
set -eu
missing=""
for package in "$@"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'ok installed' || missing="$missing $package"
done
[ -z "$missing" ] && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "› 安装 Debian 软件包$missing（apt-get）…"
  apt-get update -qq
  # shellcheck disable=SC2086 # one word per package
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $missing >/dev/null
  exit 0
fi
echo "需要 Debian 软件包$missing，请先运行：" >&2
echo "  sudo apt-get update && sudo apt-get install -y$missing" >&2
exit 1
