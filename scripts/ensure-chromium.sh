#!/usr/bin/env bash
# Makes sure Chromium is installed for `npm start` and the browser tests. Uses $CHROMIUM_PATH when
# set, else Debian's /usr/bin/chromium. As root on Debian/Ubuntu it installs the `chromium`
# package; otherwise it says how to.
set -euo pipefail

CHROMIUM="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ -x "$CHROMIUM" ]; then
  exit 0
fi

if [ -n "${CHROMIUM_PATH:-}" ]; then
  echo "CHROMIUM_PATH is set to $CHROMIUM_PATH, but there is no program there." >&2
  echo "Point CHROMIUM_PATH at a Chromium or Chrome binary, or unset it to use Debian's /usr/bin/chromium." >&2
  exit 1
fi

if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "Chromium is missing: installing Debian's chromium package…"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update
  apt-get install -y chromium
  if [ -x "$CHROMIUM" ]; then
    exit 0
  fi
  echo "apt-get installed chromium, but $CHROMIUM is still missing." >&2
  exit 1
fi

cat >&2 <<MSG
On Record needs Chromium at $CHROMIUM, and it is not installed.
Install it with:

    sudo apt-get install chromium

(or set CHROMIUM_PATH to a Chromium or Chrome binary), then run this again.
MSG
exit 1
