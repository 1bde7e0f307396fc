#!/usr/bin/env bash
# Measures how long Beacon takes from `java -jar` to answering its first page and the scorecard API:
#   1. first start on an empty data directory (initdb, migrations, demo data),
#   2. restart after a clean stop,
#   3. restart after the previous process was killed with kill -9.
# Usage: ./mvnw -q package -DskipTests && bench/startup.sh
set -euo pipefail
cd "$(dirname "$0")/.."
jar=target/beacon.jar
[ -f "$jar" ] || { echo "Build the jar first: ./mvnw -q package -DskipTests" >&2; exit 1; }
data=$(mktemp -d "${TMPDIR:-/tmp}/beacon-bench-XXXXXX")
port=${PORT:-18080}
url="http://localhost:$port/api/v1/organisations/825/scorecard?period=2022-23-Q4"
pid=""
trap '[ -n "$pid" ] && kill "$pid" 2>/dev/null; sleep 2; rm -rf "$data"' EXIT

now() { date +%s.%N; }
start_and_time() {
  local label=$1 begin
  begin=$(now)
  java -jar "$jar" --server.port="$port" --beacon.database.directory="$data/db" >>"$data/beacon.log" 2>&1 &
  pid=$!
  until curl -fs -o /dev/null "http://localhost:$port/" && curl -fs -o /dev/null "$url"; do
    kill -0 "$pid" 2>/dev/null || { echo "Beacon stopped; see $data/beacon.log" >&2; exit 1; }
    sleep 0.05
  done
  awk -v l="$label" -v b="$begin" -v e="$(now)" 'BEGIN { printf "%-40s %5.1f s\n", l, e - b }'
}

start_and_time "first start (empty data directory)"
kill "$pid"; wait "$pid" 2>/dev/null || true
start_and_time "restart after a clean stop"
kill -9 "$pid"; wait "$pid" 2>/dev/null || true
start_and_time "restart after kill -9"
kill "$pid"; wait "$pid" 2>/dev/null || true
pid=""
