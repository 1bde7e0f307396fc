#!/usr/bin/env bash
# Measures the national data, on the packaged jar and a fresh data directory:
#   1. java -jar beacon.jar load-national: loads the whole LAIT data set and the EES files Beacon
#      ships (reads the gzip files, cleans, COPY, with the authorities, neighbours, holidays and the
#      dictionary); prints the time it reports for the load, and the command's whole time.
#   2. The floor, on the same embedded database once Beacon has started on it: the same rows, already
#      clean (copied out of the table the load filled), copied with PostgreSQL's COPY into a copy of
#      the table with no trigger, emptied in the same transaction as the load does (median of
#      COPY_RUNS); prints the ratio load / COPY against the goal of 2 or less.
#   3. What a person does with the national data: the demo council's (825) figure for a year of each
#      national measure it has one for, compared with England, its region and its statistical
#      neighbours, asked for from /api/v1/national/{measure} with an API token made on the tokens page
#      after signing in; each beside the static file /beacon.css asked for as many times, the floor,
#      and all of them together against the goal of 2 s.
# The table must hold as many figures of as many measures as the load reports, and each answer must be
# 200 with the figure the table holds: at the first that is not, nothing is reported and the script
# exits with status 1.
# Usage: ./mvnw -q package -DskipTests && bench/national.sh
# MEASURES (0, every measure) asks for only that many measures' figures; COPY_RUNS (3).
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib/beacon.sh
beacon_require_jar

measures=${MEASURES:-0}
copy_runs=${COPY_RUNS:-3}
org=825


work=$(mktemp -d "${TMPDIR:-/tmp}/beacon-national-XXXXXX")
trap 'beacon_stop; rm -rf "$work"' EXIT
port=${PORT:-$(beacon_free_port)}

# The database driver the floor uses is the one Beacon ships.
mkdir -p "$work/lib"
(cd "$work/lib" && jar xf "$OLDPWD/$BEACON_JAR" $(jar tf "$OLDPWD/$BEACON_JAR" |
  grep -E '^BOOT-INF/lib/postgresql-[0-9.]+\.jar$'))
classpath=$(find "$work/lib" -name '*.jar' | tr '\n' :)

echo "Loading the national data with java -jar $BEACON_JAR load-national..."
start=$(date +%s%N)
if ! java ${BEACON_JAVA_OPTIONS:--Xmx512m} -jar "$BEACON_JAR" load-national \
  --beacon.database.directory="$work/db" >"$work/load.txt" 2>&1; then
  echo "Refused to report: load-national failed; the end of what it printed:" >&2
  tail -40 "$work/load.txt" >&2
  exit 1
fi
command_seconds=$(awk -v ns=$(($(date +%s%N) - start)) 'BEGIN { printf "%.1f", ns / 1e9 }')
said=$(grep -E '^Loaded [0-9,]+ national measures and [0-9,]+ figures in [0-9.]+ s$' "$work/load.txt" || true)
[ -n "$said" ] || { echo "Refused to report: load-national did not say what it loaded:" >&2; cat "$work/load.txt" >&2; exit 1; }
loaded_measures=$(echo "$said" | awk '{ gsub(",", "", $2); print $2 }')
loaded_figures=$(echo "$said" | awk '{ gsub(",", "", $6); print $6 }')
load_seconds=$(echo "$said" | awk '{ print $9 }')

echo "Starting Beacon on the same data directory..."
BEACON_JAVA_OPTIONS=${BEACON_JAVA_OPTIONS:--Xmx512m} beacon_start "$work/db" "$port"
beacon_wait_for_sign_in
beacon_wait_for_ready
beacon_token
beacon_wait_for "/api/v1/organisations/$org"
export BEACON_TOKEN

echo "Copying the same rows, already clean, with COPY..."
floor=$(java -cp "$classpath" bench/National.java floor "$work/db" "$loaded_figures" "$loaded_measures" \
  "$copy_runs") || { echo "$floor" >&2; exit 1; }
copy_seconds=$(echo "$floor" | awk '{ print $2 }')

echo "Asking for $org's national figures with the token..."
figures=$(java -cp "$classpath" bench/National.java figures "$work/db" "$BEACON_BASE" "$org" "$measures") ||
  { echo "$figures" >&2; beacon_errors; exit 1; }

echo "National data: the LAIT data set and the EES files; $(nproc) cores."
awk -v figures="$loaded_figures" -v measures="$loaded_measures" -v load="$load_seconds" \
  -v command="$command_seconds" -v copy="$copy_seconds" -v runs="$copy_runs" '
function grouped(n,  s, out) { s = n ""; out = ""; while (length(s) > 3) { out = "," substr(s, length(s) - 2) out; s = substr(s, 1, length(s) - 3) } return s out }
BEGIN {
  printf "load-national: %s figures of %s measures loaded in %.1f s (the whole command, with starting Java and the database: %.1f s)\n", grouped(figures), grouped(measures), load, command
  printf "PostgreSQL COPY of the same rows, already clean, into a copy of the table with no trigger: %.1f s (median of %d) (the floor)\n", copy, runs
  printf "ratio load / COPY: %.2f: %s (goal 2 or less)\n", load / copy, load <= 2 * copy ? "MET" : "MISSED"
}'
echo "$figures"
