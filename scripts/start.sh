#!/usr/bin/env bash
# `npm start`: installs what is missing, then opens Chromium with On Record and the demo inbox.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -d node_modules ] || [ package-lock.json -nt node_modules ]; then
  echo "Installing dependencies…"
  npm install --no-audit --no-fund
fi
bash scripts/ensure-chromium.sh
exec node scripts/start.mjs
