#!/usr/bin/env bash
# Measures whatif throughput: single-JVM ./cmvrx whatif (1 and 2 threads) against
# ./cmvrx-spark whatif on local[1] and local[2], on the same cohort in the same window, plus the
# start-up cost of each (a 1-patient run). Prints one Markdown table row per run with the load
# average before it. Both launchers are built first, so no build falls inside a timing.
#   spark/bench/measure.sh [PATIENTS]   (default 200000)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd -P)"
cd "$root"
n="${1:-200000}"
a=examples/policies/default.json
b=examples/policies/adjusted-weight.json
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT

./cmvrx --help >/dev/null 2>&1
./cmvrx-spark --help >/dev/null 2>&1

run() { # label patients command...
  local label="$1" patients="$2"
  shift 2
  local load start end secs
  load="$(cut -d' ' -f1-3 /proc/loadavg)"
  start="$(date +%s.%N)"
  "$@" >"$out/stdout" 2>"$out/stderr"
  end="$(date +%s.%N)"
  secs="$(echo "$end - $start" | bc -l)"
  printf '| %s | %d | %.1f | %.0f | %s |\n' "$label" "$patients" "$secs" \
    "$(echo "$patients / $secs" | bc -l)" "$load"
  cp "$out/stdout" "$out/$(echo "$label" | tr -c 'a-z0-9\n' '_').out"
}

echo "| run | patients | wall s | patients/s (wall) | load average (1, 5, 15 min) before |"
echo "|---|---|---|---|---|"
common=(--cohort mixed --seed 1 --policy "$a" --policy "$b")
run "cmvrx whatif, start-up (1 patient)" 1 ./cmvrx whatif "${common[@]}" --patients 1
run "cmvrx-spark whatif local[1], start-up (1 patient)" 1 ./cmvrx-spark whatif --master 'local[1]' --partitions 1 "${common[@]}" --patients 1
run "cmvrx whatif --threads 1" "$n" ./cmvrx whatif "${common[@]}" --patients "$n" --threads 1
run "cmvrx-spark whatif local[1], 4 partitions" "$n" ./cmvrx-spark whatif --master 'local[1]' --partitions 4 "${common[@]}" --patients "$n"
run "cmvrx whatif --threads 2" "$n" ./cmvrx whatif "${common[@]}" --patients "$n" --threads 2
run "cmvrx-spark whatif local[2], 8 partitions" "$n" ./cmvrx-spark whatif --master 'local[2]' --partitions 8 "${common[@]}" --patients "$n"
# The summaries of the timed runs must agree (same cohort, seed, N and policies).
cmp -s "$out/cmvrx_whatif___threads_1.out" "$out/cmvrx_spark_whatif_local_1___4_partitions.out" \
  && cmp -s "$out/cmvrx_whatif___threads_1.out" "$out/cmvrx_spark_whatif_local_2___8_partitions.out" \
  && echo "summaries of the timed runs: identical" || echo "summaries of the timed runs: DIFFER"
