#!/usr/bin/env bash
# Measures the indicator list and the indicator page of the demo council (825) and of the generated
# council (900: 1,000 monthly indicators, ten years of values), each page asked for with an API token
# made on the tokens page, against a floor measured in the same run: the static file /beacon.css,
# asked for without a token by the same users at the same time.
#   1. USERS users pausing THINK ms between pages ask for the static file, both lists and both
#      indicator pages in turn: each page's p95 is printed as a multiple of the floor's p95, against
#      the goal of 3x. Then the heap in use after a full collection, against the goal of 256 MB.
#   2. The same users asking again at once, each alone in turn: the static file, then each council's
#      list, whose throughput is printed against the goal of 300/s.
# Every answer must be 200 and the page asked for (its heading, or the indicator's code in its
# title): at the first that is not, nothing is reported and the script exits with status 1.
# Usage: ./mvnw -q package -DskipTests && bench/pages.sh
# USERS (50), THINK (1000 ms), WARMUP (10 s) and SECONDS_MEASURED (20 s) change the size of each run;
# COUNCIL_900=no leaves out the generated council, whose first load takes a while;
# INDICATORS_825 and INDICATORS_900 name the indicators whose pages are asked for.
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib/beacon.sh
beacon_require_jar

users=${USERS:-50}
think=${THINK:-1000}
warmup=${WARMUP:-10}
seconds=${SECONDS_MEASURED:-20}
council_900=${COUNCIL_900:-yes}
indicators_825=${INDICATORS_825:-CSC-REREF-Q CSC-ICPC-15-Q CSC-CP-SEEN4-Q CSC-CLA-VISITS EDU-KS4-A8 SEND-EHCP-20WK EY-2YO-TAKEUP EH-FSP-31}
indicators_900=${INDICATORS_900:-G0001 G0017 G0123 G0250 G0333 G0404 G0512 G0678 G0777 G0901 G0999 G1000}
period_825=2022-23-Q4
period_900=2025-26-Q4
heap_goal_mb=256


work=$(mktemp -d "${TMPDIR:-/tmp}/beacon-pages-XXXXXX")
trap 'beacon_stop; rm -rf "$work"' EXIT
port=${PORT:-$(beacon_free_port)}

echo "Starting Beacon$([ "$council_900" = no ] || echo ' with the generated council (its first start loads 120,000 values)')..."
generated=true
[ "$council_900" = no ] && generated=false
BEACON_JAVA_OPTIONS=${BEACON_JAVA_OPTIONS:--Xmx1g} BEACON_GENERATED_COUNCIL=$generated \
  beacon_start "$work/db" "$port"
beacon_wait_for_sign_in
beacon_wait_for_ready
beacon_token
if [ "$council_900" != no ]; then
  deadline=$((SECONDS + 240))
  until [ "$(beacon_status "/organisations/900/indicators?period=$period_900")" = 200 ]; do
    kill -0 "$BEACON_PID" 2>/dev/null || { echo "Beacon stopped; the end of its log:" >&2; tail -40 "$BEACON_LOG" >&2; exit 1; }
    [ "$SECONDS" -lt "$deadline" ] || { echo "The generated council's list never answered 200" >&2; exit 1; }
    sleep 0.5
  done
fi

# The addresses asked for: group, with or without the token, what the right page holds, address.
all="$work/pages.tsv"
lists="$work/lists.tsv"
floor() { printf 'static file /beacon.css, no token\tno token\tGDS Transport\t%s/beacon.css\n' "$BEACON_BASE"; }
list() { # council period filters...
  local org=$1 period=$2 label
  shift 2
  label=$(printf 'Indicators: Q%s %s/%s' "${period:9:1}" "${period:0:4}" "${period:5:2}")
  for filter in "$@"; do
    printf 'indicator list, %s\ttoken\t%s\t%s/organisations/%s/indicators?period=%s%s\n' \
      "$org" "$label" "$BEACON_BASE" "$org" "$period" "$filter"
  done
}
page() { # council period codes...
  local org=$1 period=$2
  shift 2
  for code in "$@"; do
    printf 'indicator page, %s\ttoken\t<title>%s: \t%s/organisations/%s/indicators/%s?period=%s\n' \
      "$org" "$code" "$BEACON_BASE" "$org" "$code" "$period"
  done
}
{
  floor
  list 825 "$period_825" "" "&rag=GREEN" "&sort=value&order=desc" "&q=children" "&sort=rag&order=asc"
  # shellcheck disable=SC2086
  page 825 "$period_825" $indicators_825
  if [ "$council_900" != no ]; then
    list 900 "$period_900" "" "&page=7" "&rag=RED" "&q=indicator+42" "&sort=value&order=desc" \
      "&portfolio=Portfolio+3&rag=AMBER"
    # shellcheck disable=SC2086
    page 900 "$period_900" $indicators_900
  fi
} >"$all"
grep -e '^static file' -e '^indicator list' "$all" >"$lists"

export BEACON_TOKEN
echo "Asking for every page once, to check each and build what Beacon keeps for it..."
java bench/Load.java "$all" once

figures="$work/figures.txt"
{
  echo "Beacon and the load generator on this machine ($(nproc) cores); every page with an API token."
  echo "$users users pausing $think ms between pages, $warmup s warm-up, $seconds s measured:"
} >"$figures"
echo "Measuring $users users pausing $think ms..."
java bench/Load.java "$all" together "$users" "$think" "$warmup" "$seconds" --p95-within 3 >>"$figures"

jcmd "$BEACON_PID" GC.run >/dev/null
heap_kb=$(jstat -gc "$BEACON_PID" | awk 'NR == 1 { for (i = 1; i <= NF; i++) column[$i] = i }
  NR == 2 { print int($column["S0U"] + $column["S1U"] + $column["EU"] + $column["OU"]) }')
awk -v kb="$heap_kb" -v goal="$heap_goal_mb" 'BEGIN {
  mb = kb / 1024
  printf "Heap in use after a full collection: %.0f MB: %s (goal %d MB)\n", mb, mb <= goal ? "MET" : "MISSED", goal
}' >>"$figures"

echo "$users users asking again at once, each page alone for $warmup s warm-up and $seconds s measured:" >>"$figures"
echo "Measuring $users users asking again at once..."
java bench/Load.java "$lists" each-alone "$users" 0 "$warmup" "$seconds" --throughput-at-least 300 >>"$figures"

cat "$figures"
