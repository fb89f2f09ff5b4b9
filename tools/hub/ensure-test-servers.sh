#!/usr/bin/env bash
# Installs what the test suite needs and that npm does not: Debian's Chromium for the browser
# tests, and the embedded FerretDB build (needs Go; skipped when MONGODB_URI points at a MongoDB).
set -euo pipefail
cd "$(dirname "$0")/../.."

if ! command -v "${CHROMIUM_PATH:-chromium}" >/dev/null 2>&1; then
  echo "[hub] Installing Debian's chromium for the browser tests…"
  SUDO=""
  if [ "$(id -u)" != "0" ]; then SUDO="sudo"; fi
  if ! command -v apt-get >/dev/null 2>&1; then
    echo "[hub] No apt-get here: install Chromium yourself and set CHROMIUM_PATH to its binary." >&2
    exit 1
  fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium >/dev/null
fi

if [ -z "${MONGODB_URI:-}" ]; then
  npx node --input-type=module -e "import('./tools/hub/ferretdb.ts').then(m => m.ensureFerretDb(process.cwd(), l => console.log('[hub] ' + l)))"
fi
