#!/usr/bin/env bash
# Compare two builds' screening speed in one JVM (alternating slices, both orders).
# Usage: bench/ab/run.sh A.jar B.jar [ROUNDS=8] [SECONDS=3] [THREADS=1]
# The jars are cli/target/tradeguard.jar of each build (copy one aside before rebuilding).
# The second build in a JVM tends to run a few per cent faster: the script runs both orders.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
a="$1"; b="$2"; rounds="${3:-8}"; seconds="${4:-3}"; threads="${5:-1}"
. "$here/../../.mvn/find-jdk.sh"
classes="$(mktemp -d)"
trap 'rm -rf "$classes"' EXIT
javac -d "$classes" -cp "$a" "$here/Runner.java" "$here/AB.java"
run() { java -Xmx3g -Dab.threads="$threads" -cp "$classes" AB "$1" "$2" "$rounds" "$seconds" "$classes" | tail -1; }
echo "B = $b second:"; run "$a" "$b"
echo "B = $a second:"; run "$b" "$a"
