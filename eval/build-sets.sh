#!/usr/bin/env bash
# Builds the generated evaluation sets into eval/ from the bundled lists and eval/sources/ (no
# network). Deterministic: the same lists and sources give the same bytes (check with git diff).
# Usage: eval/build-sets.sh [OUT_DIR]   (default: eval/ of this checkout)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="${1:-$root/eval}"
. "$root/.mvn/find-jdk.sh"
cd "$root"
# package (not install): the classpath points at this checkout's module jars, nothing goes to ~/.m2
./mvnw -q -B -pl bench -am package -DskipTests \
    dependency:build-classpath -Dmdep.outputFile=target/classpath.txt -Dmdep.includeScope=runtime
exec "$JAVA_HOME/bin/java" -Xmx2g -cp "bench/target/classes:$(cat bench/target/classpath.txt)" \
    org.tradeguard.bench.EvalSetBuilder "$out" "$root/eval/sources"
