#!/usr/bin/env bash
# Synthesizes every example app with the cdk CLI, one cloud assembly per app under cdk.out/. The
# examples import the library by its package name, which examples/tsconfig.json maps to src/.
set -euo pipefail
export TS_NODE_PROJECT=examples/tsconfig.json
for app in examples/*.ts; do
  name=$(basename "$app" .ts)
  cdk synth --quiet --no-notices --app "ts-node --transpile-only -r tsconfig-paths/register $app" --output "cdk.out/$name"
  echo "synthesized $app -> cdk.out/$name ($(find "cdk.out/$name" -name '*.template.json' | wc -l) stacks)"
done
