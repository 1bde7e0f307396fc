#!/usr/bin/env bash
# Measures the values import as a council uses it: the packaged Beacon on a data directory of its
# own, an API token made on the tokens page, a file of INDICATORS (1,000) new monthly indicators
# imported first, then a values file of INDICATORS x MONTHS (1,000) rows, 1,000,000 by default,
# posted to POST /api/v1/organisations/ORG/imports/values. The answer must be 200 with every row
# added and written, and afterwards the table must hold every row and the audit trail a line for
# each, as the audit pages read it; else nothing is reported and the script exits with status 1.
# The floor is measured in the same run: PostgreSQL's COPY of the same rows (read back from the
# table) into bench_floor, a copy of indicator_value with no trigger (create table ... (like
# indicator_value including all)), on the same server. Prints both times, their ratio against the
# goal of 1.5x, and Beacon's heap in use after a full collection before and after the import.
# Usage: ./mvnw -q package -DskipTests && bench/imports.sh
# MONTHS (1000), INDICATORS (1000), ORG (825, the demonstration council) and HEAP (512m, Beacon's
# largest heap) change the run.
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib/beacon.sh
beacon_require_jar

months=${MONTHS:-1000}
indicators=${INDICATORS:-1000}
org=${ORG:-825}
heap=${HEAP:-512m}
goal=1.5
prefix=BENCH-


refuse() {
  echo "Refused to report: $*" >&2
  exit 1
}

work=$(mktemp -d "${TMPDIR:-/tmp}/beacon-imports-XXXXXX")
trap 'beacon_stop; rm -rf "$work"' EXIT
port=${PORT:-$(beacon_free_port)}

# The JDBC driver Beacon itself carries, for the floor and the checks.
driver=$(unzip -Z1 "$BEACON_JAR" | grep '^BOOT-INF/lib/postgresql-.*\.jar$' | head -1)
[ -n "$driver" ] || refuse "the jar holds no PostgreSQL driver"
unzip -q -j -d "$work" "$BEACON_JAR" "$driver"
database() { java -cp "$work/$(basename "$driver")" bench/ImportFloor.java "$@"; }

echo "Starting Beacon with -Xmx$heap on a new data directory..."
BEACON_JAVA_OPTIONS=${BEACON_JAVA_OPTIONS:--Xmx$heap} beacon_start "$work/db" "$port"
beacon_wait_for_sign_in
beacon_wait_for_ready
beacon_token
# the demonstration councils are loaded once Beacon has started
deadline=$((SECONDS + 180))
until [ "$(beacon_status /organisations/825/imports)" = 200 ]; do
  kill -0 "$BEACON_PID" 2>/dev/null || { echo "Beacon stopped; the end of its log:" >&2; tail -40 "$BEACON_LOG" >&2; exit 1; }
  [ "$SECONDS" -lt "$deadline" ] || refuse "the demonstration council's import page never answered 200"
  sleep 0.2
done

# post KIND FILE [QUERY]: posts the file to the import API; sets status and answer.
post() {
  local kind=$1 file=$2 query=${3:-}
  answer="$work/answer.json"
  status=$(curl -s -o "$answer" -w '%{http_code}' -H "Authorization: Bearer $BEACON_TOKEN" \
    -F "file=@$file;filename=$(basename "$file")" \
    "$BEACON_BASE/api/v1/organisations/$org/imports/$kind$query" || true)
}
# expect WHAT: refuses unless the last answer was 200 and holds each of the texts after WHAT.
expect() {
  local what=$1 text
  shift
  [ "$status" = 200 ] || refuse "$what answered $status: $(head -c 400 "$answer")"
  for text in "$@"; do
    grep -qF "$text" "$answer" || refuse "$what answered without $text: $(head -c 400 "$answer")"
  done
}

echo "Importing $indicators monthly indicators..."
awk -v n="$indicators" -v p="$prefix" 'BEGIN {
  print "code,title,polarity,unit,decimals,frequency"
  for (i = 1; i <= n; i++) printf "%s%04d,Benchmark indicator %d,high,number,1,monthly\n", p, i, i
}' >"$work/indicators.csv"
post indicators "$work/indicators.csv"
expect "The import of indicators" "\"added\":$indicators," '"written":true'

rows=$((indicators * months))
echo "Writing a values file of $rows rows ($indicators indicators x $months months from January 1900)..."
values() { # FIRST_YEAR MONTHS INDICATORS
  awk -v y0="$1" -v m="$2" -v n="$3" -v p="$prefix" 'BEGIN {
    print "indicator_code,period,value"
    for (i = 1; i <= n; i++) for (k = 0; k < m; k++)
      printf "%s%04d,%04d-%02d,%.1f\n", p, i, y0 + int(k / 12), k % 12 + 1, ((i * 7 + k * 13) % 1000) / 10
  }'
}
values 1900 "$months" "$indicators" >"$work/values.csv"
file_mb=$(awk -v b="$(stat -c %s "$work/values.csv")" 'BEGIN { printf "%.1f", b / 1e6 }')

echo "Warming up: a dry run of a smaller file..."
values 1800 "$(( months < 20 ? months : 20 ))" "$indicators" >"$work/warm-up.csv"
post values "$work/warm-up.csv" "?dryRun=true"
expect "The dry run" '"written":false'

heap_in_use_mb() {
  jcmd "$BEACON_PID" GC.run >/dev/null
  jcmd "$BEACON_PID" GC.heap_info | sed -n 's/.* used \([0-9]*\)K.*/\1/p' | head -1 |
    awk '{ printf "%.0f", $1 / 1024 }'
}
heap_before=$(heap_in_use_mb)
database checkpoint "$work/db"

cpu_s() { awk -v tick="$(getconf CLK_TCK)" '{ printf "%.1f", ($14 + $15) / tick }' "/proc/$BEACON_PID/stat"; }
echo "Importing $rows values through the API..."
cpu_before=$(cpu_s)
start=$(date +%s%N)
post values "$work/values.csv"
end=$(date +%s%N)
cpu_after=$(cpu_s)
expect "The values import" "\"added\":$rows," '"changed":0' '"written":true'
import_s=$(awk -v ns=$((end - start)) 'BEGIN { printf "%.3f", ns / 1e9 }')
heap_after=$(heap_in_use_mb)

echo "Checking the table and the audit trail, then measuring the floor..."
database floor "$work/db" "$prefix" "$work" >"$work/floor.txt" || refuse "the floor could not be measured"
in_table=$(sed -n 's/^rows //p' "$work/floor.txt")
audited=$(sed -n 's/^audited //p' "$work/floor.txt")
copied=$(sed -n 's/^copied //p' "$work/floor.txt")
floor_s=$(sed -n 's/^floor //p' "$work/floor.txt")
[ "$in_table" = "$rows" ] || refuse "the table holds $in_table values of the indicators, not $rows"
[ "$audited" = "$rows" ] || refuse "the audit trail holds $audited lines of their addition, not $rows"
[ "$copied" = "$rows" ] || refuse "the floor copied $copied rows, not $rows"

awk -v rows="$rows" -v n="$indicators" -v m="$months" -v mb="$file_mb" -v imp="$import_s" \
  -v floor="$floor_s" -v goal="$goal" -v org="$org" -v cores="$(nproc)" -v heap="$heap" \
  -v before="$heap_before" -v after="$heap_after" -v cpu="$(awk -v a="$cpu_before" -v b="$cpu_after" 'BEGIN { print b - a }')" 'BEGIN {
  ratio = imp / floor
  printf "Values import: %d rows (%d indicators x %d months), a file of %s MB; Beacon with -Xmx%s on %d cores\n", rows, n, m, mb, heap, cores
  printf "Import (POST /api/v1/organisations/%s/imports/values, answered 200, every row added): %.2f s\n", org, imp
  printf "  of which Beacon itself (reading, checking and sending the rows) used %.1f s of CPU\n", cpu
  printf "Floor (PostgreSQL COPY of the same rows into bench_floor, like indicator_value with no trigger): %.2f s\n", floor
  printf "Ratio import / floor: %.2fx: %s (goal %sx)\n", ratio, ratio <= goal ? "MET" : "MISSED", goal
  printf "Rows in the table: %d; lines of their addition in the audit trail: %d\n", rows, rows
  printf "Heap in use after a full collection: %d MB before the import, %d MB after\n", before, after
}'
