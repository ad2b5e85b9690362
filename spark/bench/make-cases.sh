#!/usr/bin/env bash
# Writes N NDJSON case rows for `cmvrx-spark score` runs: the example cases in turn, each with a
# unique id, and every 25th row invalid in one of three ways (not JSON, a weight out of range,
# invalid UTF-8), so 4% of the rows must come back as refused.
#   spark/bench/make-cases.sh 100000 target/cases-100k.ndjson
set -euo pipefail
n="${1:?number of rows}"
out="${2:?output file}"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd -P)"
LC_ALL=C awk -v n="$n" '
  { ex[k++] = $0 }
  END {
    for (i = 1; i <= n; i++) {
      line = ex[(i - 1) % k]
      sub(/"id":"[^"]*"/, "\"id\":\"row-" i "\"", line)
      if (i % 25 == 0) {
        kind = (i / 25) % 3
        if (kind == 0) line = "{\"id\":\"row-" i "\",\"patient\":"
        else if (kind == 1) sub(/"weightKg":[0-9.]+/, "\"weightKg\":-3", line)
        else line = "{\"id\":\"row-" i "\",\"note\":\"\303\050\"}"
      }
      print line
    }
  }' "$root/examples/cases.ndjson" > "$out"
