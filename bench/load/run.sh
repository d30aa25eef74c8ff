#!/usr/bin/env bash
# Speed targets of the screening service (issue 4), measured on this machine:
#   batch endpoint >= 2,000 screenings/s; single-party requests at 500 req/s with p99 <= 20 ms;
#   SQLite persistence on, all bundled lists loaded, load from a second process on loopback.
# Usage: bench/load/run.sh [batches=20] [rate=500] [seconds=30]
# Server JVM options: TRADEGUARD_SERVE_OPTS (default -Xms2g -XX:MaxGCPauseMillis=10: a fixed heap and a
# short G1 pause goal keep young-collection pauses, which copy the large list index, out of the p99).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
. "$here/.mvn/find-jdk.sh"
java="$JAVA_HOME/bin/java"
batches="${1:-20}"; rate="${2:-500}"; seconds="${3:-30}"
work="$(mktemp -d)"
port=18181
cleanup() { [ -n "${server:-}" ] && kill "$server" 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT
(cd "$here" && ./mvnw -q -B -DskipTests -pl cli -am package)
jar="$here/cli/target/tradeguard.jar"
key="$("$java" -jar "$jar" keys create --role screener --db "$work/load.db" 2>/dev/null)"
"$java" -Xmx2g ${TRADEGUARD_SERVE_OPTS:--Xms2g -XX:MaxGCPauseMillis=10} -jar "$jar" serve --port "$port" --db "$work/load.db" 2>"$work/serve.log" &
server=$!
for _ in $(seq 1 120); do curl -sf "http://127.0.0.1:$port/readyz" >/dev/null && break; sleep 1; done
grep 'ready:' "$work/serve.log" >&2
"$java" "$here/bench/load/LoadDriver.java" batch "http://127.0.0.1:$port" "$key" "$batches" 2
"$java" "$here/bench/load/LoadDriver.java" single "http://127.0.0.1:$port" "$key" "$rate" "$seconds"
echo "stored screenings: $("$java" -jar "$jar" audit verify --db "$work/load.db" 2>/dev/null)"
