#!/usr/bin/env bash
# Runs `tradeguard eval` on every set in eval/ with the --lists it is meant for, keeps each JSON
# report, and prints one summary line per set.
# Usage: eval/run-all.sh [SET.tsv ...]   (default: every eval/*.tsv)
# Env: RESULTS_DIR (default target/eval-results), EVAL_ARGS (extra options, e.g. "--threshold 0.85").
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
results="${RESULTS_DIR:-$root/target/eval-results}"
mkdir -p "$results"

# Which lists a set is screened against; see eval/README.md. Sets not named here run against all lists.
lists_for() {
  case "$(basename "$1")" in
    uk-un-crosslist.tsv)        echo un ;;
    transliteration.tsv)        echo uk ;;
    cross-list-*-to-ofac.tsv)   echo ofac ;;
    cross-list-*-to-uk.tsv)     echo uk ;;
    cross-list-*-to-ukown.tsv)  echo uk ;;
    cross-list-*-to-un.tsv)     echo un ;;
    cross-list-*-to-csl.tsv)    echo csl ;;
    *)                          echo "" ;;
  esac
}

if [ "$#" -gt 0 ]; then sets=("$@"); else sets=("$root"/eval/*.tsv "$root"/eval/heldout/*.tsv); fi
printf '%-30s %-6s %6s %6s %7s %7s %7s %7s %8s %8s\n' set lists pos neg r@1 r@10 r@thr FAR p50_ms p99_ms
for set in "${sets[@]}"; do
  name="$(basename "$set" .tsv)"
  case "$set" in */heldout/*) name="heldout-$name" ;; esac
  lists="$(lists_for "$set")"
  args=(eval "$set" --format json --details "$results/$name.details.tsv")
  [ -n "$lists" ] && args+=(--lists "$lists")
  # shellcheck disable=SC2206
  [ -n "${EVAL_ARGS:-}" ] && args+=($EVAL_ARGS)
  if ! "$root/tradeguard" "${args[@]}" >"$results/$name.json" 2>"$results/$name.err"; then
    printf '%-30s %-6s failed: %s\n' "$name" "${lists:-all}" "$(tail -1 "$results/$name.err")"
    continue
  fi
  python3 - "$results/$name.json" "$name" "${lists:-all}" <<'PY'
import json, sys
r = json.load(open(sys.argv[1], encoding="utf-8"))
print("%-30s %-6s %6d %6d %7.4f %7.4f %7.4f %7.4f %8.3f %8.3f" % (sys.argv[2], sys.argv[3], r["positives"], r["negatives"],
      r["recall_at_1"], r["recall_at_10"], r["recall_at_threshold"], r["false_alert_rate"], r["p50_ms"], r["p99_ms"]))
PY
done
echo "JSON reports (with the worst misses and false alerts): $results" >&2
