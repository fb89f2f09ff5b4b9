#!/usr/bin/env bash
# Fails when a committed generated file is stale. The GraphQL schema is checked by the API's
# schema test; here, the web app's typed operations generated from it.
set -euo pipefail
cd "$(dirname "$0")/../.."
if [ -f apps/web/codegen.ts ]; then
  tmp=$(mktemp -d)
  trap 'rm -rf "$tmp"' EXIT
  cp -r apps/web/src/graphql/generated "$tmp/before"
  npx graphql-codegen --config apps/web/codegen.ts >/dev/null
  if ! diff -r "$tmp/before" apps/web/src/graphql/generated; then
    echo "[hub] apps/web/src/graphql/generated is stale: run npm run codegen and commit the result" >&2
    exit 1
  fi
fi
