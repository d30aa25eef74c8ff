# Sourced by ./mvnw, ./tradeguard and .ci/run: puts a JDK 21+ in JAVA_HOME and on PATH.
# Order: JAVA_HOME if it is 21+, then `java` on PATH, then the newest JDK under /usr/lib/jvm
# (or TRADEGUARD_JDK_DIRS, colon-separated). Prints one line and fails when none is found.
tg_java_major() {
  "$1" -version 2>&1 | awk -F'"' '/version/ {split($2, v, "."); print (v[1] == "1" ? v[2] : v[1]); exit}'
}
tg_find_jdk() {
  local candidate major best="" best_major=0
  if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/javac" ]; then
    major=$(tg_java_major "$JAVA_HOME/bin/java")
    if [ "${major:-0}" -ge 21 ]; then return 0; fi
  fi
  if command -v javac >/dev/null 2>&1; then
    candidate=$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")
    major=$(tg_java_major "$candidate/bin/java")
    if [ "${major:-0}" -ge 21 ]; then export JAVA_HOME="$candidate"; return 0; fi
  fi
  local dirs="${TRADEGUARD_JDK_DIRS:-/usr/lib/jvm}"
  local IFS=':'
  for dir in $dirs; do
    for candidate in "$dir"/*; do
      [ -x "$candidate/bin/javac" ] || continue
      major=$(tg_java_major "$candidate/bin/java")
      if [ "${major:-0}" -gt "$best_major" ]; then best="$candidate"; best_major="$major"; fi
    done
  done
  if [ "$best_major" -ge 21 ]; then export JAVA_HOME="$best"; return 0; fi
  echo "tradeguard: needs a JDK 21 or newer; found none in JAVA_HOME, on PATH or under ${TRADEGUARD_JDK_DIRS:-/usr/lib/jvm} (install e.g. openjdk-21-jdk or set JAVA_HOME)" >&2
  return 1
}
tg_find_jdk || exit 1
export PATH="$JAVA_HOME/bin:$PATH"
