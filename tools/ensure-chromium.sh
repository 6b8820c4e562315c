#!/bin/sh
# Browser tests use Debian's Chromium and CJK fonts; no browser is downloaded by a test tool.
set -eu
if [ -x /usr/bin/chromium ] && fc-list 2>/dev/null | grep -qi 'Noto Sans CJK'; then exit 0; fi
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "› 安装浏览器测试所需的 Chromium 和中文字体（apt-get）…"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-cjk >/dev/null
  exit 0
fi
echo "浏览器测试需要 Debian 的 chromium 和 fonts-noto-cjk，请先运行：" >&2
echo "  sudo apt-get update && sudo apt-get install -y chromium fonts-noto-cjk" >&2
exit 1
