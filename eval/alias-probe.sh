#!/usr/bin/env bash
# Development probe of reworded organisation names (org.tradeguard.bench.AliasProbe): OFAC and UK
# organisations indexed by their primary name only, each strong alias screened for its own entity.
# For tuning and before/after figures; the entities of eval/heldout/ are left out. No network.
# Usage: eval/alias-probe.sh [DETAILS.tsv]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
. "$root/.mvn/find-jdk.sh"
cd "$root"
./mvnw -q -B -pl bench -am package -DskipTests \
    dependency:build-classpath -Dmdep.outputFile=target/classpath.txt -Dmdep.includeScope=runtime
exec "$JAVA_HOME/bin/java" -Xmx3g -cp "bench/target/classes:$(cat bench/target/classpath.txt)" \
    org.tradeguard.bench.AliasProbe "$root/eval/heldout" ${1:+"$1"}
