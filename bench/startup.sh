#!/usr/bin/env bash
# Measures how long Beacon takes, started as `java -jar target/beacon.jar` on its embedded
# PostgreSQL with the demo data, from the command to the first signed-in page:
#   1. the first start on an empty data directory, to the sign-in page (initdb, the migrations, the
#      first administrator); then an API token is made on the tokens page as a person does, and the
#      script waits for the demo data and the national data to be loaded, so that no restart below
#      loads them again;
#   2. RUNS (3) restarts after a clean stop (TERM): each timed from the command until the demo
#      council's scorecard API (/api/v1/organisations/825/scorecard?period=2022-23-Q4) and its page
#      (/organisations/825) have both answered 200 with the token;
#   3. RUNS restarts after `kill -9`, which leaves the embedded PostgreSQL running on the data
#      directory, timed the same way.
# Each restart is printed against the goal of 6 s as MET or MISSED, then the median and the worst
# of each kind.
# The floor, measured in the same run: `java -jar target/beacon.jar help`, which starts the JVM on
# the same jar and its nested class path and answers the help without starting Spring or the
# database. It is what any start of this jar costs at least on this machine at this moment (a
# loaded machine raises it and Beacon's start alike), so each figure is also printed as a multiple
# of it. An empty Spring Boot application cannot be started from this jar without Beacon's own
# configuration, so it is not measured.
# Every wait ends after TIMEOUT (120) seconds; the script refuses to report (status 1, with the
# end of Beacon's log) when Beacon stops, answers anything but 200, or does not answer in time.
# Usage: ./mvnw -q package -DskipTests && bench/startup.sh
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib/beacon.sh
beacon_require_jar

runs=${RUNS:-3}
export BEACON_TIMEOUT=${TIMEOUT:-120}
goal_ms=6000
scorecard=/api/v1/organisations/825/scorecard?period=2022-23-Q4
page=/organisations/825

work=$(mktemp -d "${TMPDIR:-/tmp}/beacon-startup-XXXXXX")
data="$work/db"
# A PostgreSQL server left by a kill -9 is stopped too, so that nothing outlives the script.
leftover_server() {
  [ -f "$data/postmaster.pid" ] && kill -INT "$(head -1 "$data/postmaster.pid")" 2>/dev/null
  sleep 1
}
trap 'beacon_stop; leftover_server || true; rm -rf "$work"' EXIT
port=${PORT:-$(beacon_free_port)}

now_ms() { echo $(($(date +%s%N) / 1000000)); }
seconds() { awk -v ms="$1" 'BEGIN { printf "%.1f", ms / 1000 }'; }
verdict() { [ "$1" -le "$goal_ms" ] && echo MET || echo MISSED; }
refuse() {
  echo "Refused to report: $1; the end of Beacon's log:" >&2
  tail -40 "$BEACON_LOG" >&2
  exit 1
}

# The floor: the JVM on the same jar, answering its help without starting Beacon; the best of 3.
floor_ms=0
for _ in 1 2 3; do
  begin=$(now_ms)
  help=$(java ${BEACON_JAVA_OPTIONS:-} -jar "$BEACON_JAR" help 2>&1) || {
    echo "Refused to report: java -jar $BEACON_JAR help failed: $help" >&2
    exit 1
  }
  took=$(($(now_ms) - begin))
  case $help in *"Usage: java -jar beacon.jar"*) ;; *)
    echo "Refused to report: java -jar $BEACON_JAR help did not print the usage: $help" >&2
    exit 1
    ;;
  esac
  if [ "$floor_ms" -eq 0 ] || [ "$took" -lt "$floor_ms" ]; then floor_ms=$took; fi
done
times() { awk -v ms="$1" -v floor="$floor_ms" 'BEGIN { printf "%.1fx the floor", ms / floor }'; }

echo "Beacon on this machine ($(nproc) cores), embedded PostgreSQL with the demo data; goal 6 s."
echo "Floor: java -jar beacon.jar help (the JVM on the same jar, no Beacon): $(seconds "$floor_ms") s"

# 1. The first start, on an empty data directory.
begin=$(now_ms)
beacon_start "$data" "$port"
beacon_wait_for_sign_in
first_ms=$(($(now_ms) - begin))
# The first administrator and the demo data are added once the pages are served.
wait_for_log() { # WHAT PATTERN
  local deadline=$((SECONDS + BEACON_TIMEOUT))
  until grep -q "$2" "$BEACON_LOG"; do
    grep -q "Could not load the national data" "$BEACON_LOG" && refuse "the national data did not load"
    kill -0 "$BEACON_PID" 2>/dev/null || refuse "Beacon stopped before $1"
    [ "$SECONDS" -lt "$deadline" ] || refuse "Beacon had not $1 within $BEACON_TIMEOUT s"
    sleep 0.2
  done
}
wait_for_log "loaded the demo data" "Loaded the demonstration data"
beacon_token
beacon_wait_for "$scorecard"
wait_for_log "loaded the national data" "Filled the benchmarks of [0-9]* indicators linked to national data"
loaded_ms=$(($(now_ms) - begin))
echo "First start on an empty data directory: sign-in page in $(seconds "$first_ms") s;" \
  "demo and national data loaded in $(seconds "$loaded_ms") s"

# restart KIND SIGNAL: stops Beacon with SIGNAL, starts it again and prints how long it took until
# the scorecard API and the council's page both answered 200 with the token; the figures go to
# $work/KIND.
restart() {
  local kind=$1 signal=$2 run begin took
  for run in $(seq 1 "$runs"); do
    beacon_stop "$signal"
    begin=$(now_ms)
    beacon_start "$data" "$port"
    beacon_wait_for "$scorecard"
    beacon_wait_for "$page"
    took=$(($(now_ms) - begin))
    [ "$(curl -s -H "Authorization: Bearer $BEACON_TOKEN" "$BEACON_BASE$page" | grep -c Buckinghamshire)" -gt 0 ] ||
      refuse "$page is not the page of Buckinghamshire (825)"
    echo "$took" >>"$work/$kind"
    echo "Restart after $kind $run: $(seconds "$took") s ($(times "$took")): $(verdict "$took") (goal 6 s)"
  done
}
summary() {
  local kind=$1 median worst
  median=$(sort -n "$work/$kind" | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : int((v[NR / 2] + v[NR / 2 + 1]) / 2) }')
  worst=$(sort -n "$work/$kind" | tail -1)
  echo "Restart after $kind, $runs runs: median $(seconds "$median") s, worst $(seconds "$worst") s" \
    "($(times "$worst")): $(verdict "$worst") (goal 6 s)"
}

restart "a clean stop" TERM
restart "kill -9" KILL
summary "a clean stop"
summary "kill -9"
