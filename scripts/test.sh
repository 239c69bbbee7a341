#!/usr/bin/env bash
# What `npm test` (and .ci/run) runs: sets up a fresh clone, then builds, type-checks, lints and
# runs the unit and browser tests. Stops at the first failure.
set -euo pipefail
cd "$(dirname "$0")/.."

started=$SECONDS
summary=()
step() {
  local name=$1
  shift
  local t=$SECONDS
  echo
  echo "==> $name"
  "$@"
  summary+=("  ok  $name ($((SECONDS - t)) s)")
}
trap 'status=$?; if [ $status -ne 0 ]; then echo; echo "npm test FAILED (exit $status). Passed before the failure:"; printf "%s\n" "${summary[@]}"; fi' EXIT

# Not `npm ci`: it refuses the lock file npm 11 writes here (other platforms' optional packages,
# such as rollup's native builds, are left out), while `npm install` honours the pinned versions.
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules ]; then
  step "install dependencies (npm install, pinned by package-lock.json)" npm install --no-audit --no-fund
fi
step "Chromium present" bash scripts/ensure-chromium.sh
step "build for Chrome (wxt build)" npx wxt build
step "build for Firefox (wxt build -b firefox)" npx wxt build -b firefox
step "type check (tsc --noEmit)" npx tsc --noEmit
if compgen -G "eslint.config.*" >/dev/null || compgen -G ".eslintrc*" >/dev/null; then
  step "lint (eslint .)" npx eslint .
fi
step "unit tests (vitest --project unit)" npx vitest run --project unit
step "browser tests (vitest --project browser)" npx vitest run --project browser

echo
echo "npm test passed in $((SECONDS - started)) s:"
printf '%s\n' "${summary[@]}"
