#!/usr/bin/env bash
# Synthesizes every example app with the cdk CLI, one cloud assembly per app under cdk.out/.
set -euo pipefail
for app in examples/*.ts; do
  name=$(basename "$app" .ts)
  cdk synth --quiet --no-notices --app "ts-node --transpile-only $app" --output "cdk.out/$name"
  echo "synthesized $app -> cdk.out/$name ($(find "cdk.out/$name" -name '*.template.json' | wc -l) stacks)"
done
