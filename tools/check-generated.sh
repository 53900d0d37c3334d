#!/usr/bin/env bash
# Fails when a generated file is stale: the supergraph (also fails when the subgraphs do not
# compose), the resolver types, or the README's error table.
set -euo pipefail
cd "$(dirname "$0")/.."
npx tsx tools/compose.ts --check
npx graphql-codegen --config codegen.yml --silent
stale=$(git status --porcelain -- 'subgraphs/*/src/generated/*')
if [ -n "$stale" ]; then
  echo "Generated resolver types are stale (run \`npm run codegen\` and commit):" >&2
  echo "$stale" >&2
  exit 1
fi
npx tsx tools/error-table.ts --check
echo "generated files are up to date"
