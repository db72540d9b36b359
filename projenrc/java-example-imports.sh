#!/usr/bin/env bash
# Every class that the Java example imports from this library is one the generated bindings define:
# javac can only parse the example offline (the CDK and jsii runtime jars come from Maven Central).
set -euo pipefail
package_dir=bindings/java/src/main/java/io/github/cdkendusermessaging/sms
missing=0
imported=$(grep -rhoE '^import io\.github\.cdkendusermessaging\.sms\.[A-Za-z0-9_]+;' examples/java/src | sed -E 's/.*\.([A-Za-z0-9_]+);/\1/' | sort -u)
for class in $imported; do
  if [ ! -f "$package_dir/$class.java" ]; then
    echo "examples/java imports io.github.cdkendusermessaging.sms.$class, which the bindings do not define" >&2
    missing=1
  fi
done
echo "examples/java: $(echo "$imported" | wc -w) imported classes of the library, all in the bindings"
exit $missing
