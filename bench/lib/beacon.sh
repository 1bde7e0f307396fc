# Shared by the bench/ scripts (sourced, not run): start the packaged Beacon on a data directory
# of its own, sign in as its first administrator as a person does, make an API token on the
# tokens page, and fetch pages with it, refusing any answer that is not what was asked for.
#
# After `beacon_start DIR PORT [ARGS...]`: BEACON_PID, BEACON_BASE (http://localhost:PORT),
# BEACON_LOG. After `beacon_token`: BEACON_TOKEN.

BEACON_JAR=${BEACON_JAR:-target/beacon.jar}
BEACON_PASSWORD="bench-$(od -An -N8 -tx8 /dev/urandom | tr -d ' ')"
BEACON_PID=""

beacon_require_jar() {
  [ -f "$BEACON_JAR" ] || { echo "Build the jar first: ./mvnw -q package -DskipTests" >&2; exit 1; }
}

# beacon_free_port: prints a port nothing on this machine listens on.
beacon_free_port() {
  local port
  while true; do
    port=$((20000 + RANDOM % 12000))
    (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null || { echo "$port"; return; }
  done
}

# beacon_start DATA_DIRECTORY PORT [MORE ARGUMENTS FOR BEACON]: starts Beacon in the background.
beacon_start() {
  local data=$1 port=$2
  shift 2
  BEACON_BASE="http://localhost:$port"
  BEACON_LOG="$data.log"
  BEACON_READY_BEFORE=$(beacon_ready_count)
  java ${BEACON_JAVA_OPTIONS:-} -jar "$BEACON_JAR" --server.port="$port" \
    --beacon.database.directory="$data" \
    --beacon.first-administrator.password="$BEACON_PASSWORD" "$@" >>"$BEACON_LOG" 2>&1 &
  BEACON_PID=$!
}

# beacon_wait_for PATH: waits until Beacon answers PATH (signed in when a token is made) with 200.
# Until Beacon listens nothing answers; once it does, any answer but 200 is wrong and ends the
# script, as does Beacon stopping or BEACON_TIMEOUT seconds (300 by default) passing.
beacon_wait_for() {
  beacon_wait_until_answered "$1" "answering $1" beacon_status "$1"
}

# beacon_wait_for_sign_in: waits until the sign-in page answers 200 (it needs no token).
beacon_wait_for_sign_in() {
  beacon_wait_until_answered /sign-in "showing the sign-in page" beacon_status_without_token /sign-in
}

# beacon_wait_for_ready: waits until this start of Beacon logs that it is ready: it answers from
# the moment it listens, but adds its first administrator and the demo data after that.
beacon_wait_for_ready() {
  local deadline=$((SECONDS + ${BEACON_TIMEOUT:-300}))
  until [ "$(beacon_ready_count)" -gt "${BEACON_READY_BEFORE:-0}" ]; do
    if ! kill -0 "$BEACON_PID" 2>/dev/null; then
      echo "Refused to report: Beacon stopped before it was ready; the end of its log:" >&2
      tail -40 "$BEACON_LOG" >&2
      exit 1
    fi
    if [ "$SECONDS" -ge "$deadline" ]; then
      echo "Refused to report: Beacon was not ready within ${BEACON_TIMEOUT:-300} s; the end of its log:" >&2
      tail -40 "$BEACON_LOG" >&2
      exit 1
    fi
    sleep 0.05
  done
}

# beacon_ready_count: how many starts of Beacon have logged that they were ready, in BEACON_LOG.
beacon_ready_count() {
  local n
  n=$(grep -c 'Beacon is ready' "$BEACON_LOG" 2>/dev/null)
  echo "${n:-0}"
}

# beacon_wait_until_answered PATH WHAT COMMAND...: runs COMMAND (which prints a status) until it
# prints 200; 000 (nothing listening yet) is waited through, anything else refused.
beacon_wait_until_answered() {
  local path=$1 what=$2 status deadline=$((SECONDS + ${BEACON_TIMEOUT:-300}))
  shift 2
  while true; do
    status=$("$@")
    [ "$status" = 200 ] && return 0
    if [ "$status" != 000 ]; then
      echo "Refused to report: Beacon answered $path with $status, not 200; the end of its log:" >&2
      tail -40 "$BEACON_LOG" >&2
      exit 1
    fi
    if ! kill -0 "$BEACON_PID" 2>/dev/null; then
      echo "Refused to report: Beacon stopped before $what; the end of its log:" >&2
      tail -40 "$BEACON_LOG" >&2
      exit 1
    fi
    if [ "$SECONDS" -ge "$deadline" ]; then
      echo "Refused to report: Beacon was not $what within ${BEACON_TIMEOUT:-300} s; the end of its log:" >&2
      tail -40 "$BEACON_LOG" >&2
      exit 1
    fi
    sleep 0.02
  done
}

# beacon_status PATH: the status Beacon answers PATH with (with the token once made), 000 if none.
beacon_status() {
  curl -s -o /dev/null -w '%{http_code}' ${BEACON_TOKEN:+-H "Authorization: Bearer $BEACON_TOKEN"} \
    "$BEACON_BASE$1" || true
}

beacon_status_without_token() {
  curl -s -o /dev/null -w '%{http_code}' "$BEACON_BASE$1" || true
}

# beacon_token: signs in as the first administrator and makes an API token, as a person does on
# the "Your API tokens" page; sets BEACON_TOKEN.
beacon_token() {
  local jar csrf page
  jar=$(mktemp "${TMPDIR:-/tmp}/beacon-cookies-XXXXXX")
  csrf=$(curl -fsS -c "$jar" -b "$jar" "$BEACON_BASE/sign-in" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1)
  [ -n "$csrf" ] || { echo "The sign-in page has no form to sign in with" >&2; rm -f "$jar"; exit 1; }
  curl -fsS -o /dev/null -c "$jar" -b "$jar" --data-urlencode "_csrf=$csrf" \
    --data-urlencode "username=admin" --data-urlencode "password=$BEACON_PASSWORD" "$BEACON_BASE/sign-in"
  csrf=$(curl -fsS -c "$jar" -b "$jar" "$BEACON_BASE/account/tokens" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1)
  [ -n "$csrf" ] || { echo "Signing in as the first administrator failed: no tokens page" >&2; rm -f "$jar"; exit 1; }
  page=$(curl -fsS -c "$jar" -b "$jar" --data-urlencode "_csrf=$csrf" --data-urlencode "name=benchmark" \
    "$BEACON_BASE/account/tokens")
  rm -f "$jar"
  BEACON_TOKEN=$(printf '%s' "$page" | sed -n 's/.*id="new-token"[^>]*>\([^<]*\)<.*/\1/p' | head -1)
  [ -n "$BEACON_TOKEN" ] || { echo "The tokens page did not show a new token" >&2; exit 1; }
}

# beacon_errors: prints the errors Beacon logged, if any, to say why an answer was wrong.
beacon_errors() {
  if grep -q ' ERROR ' "$BEACON_LOG"; then
    echo "Beacon logged errors; the last of them:" >&2
    grep -A 30 ' ERROR ' "$BEACON_LOG" | tail -60 >&2
  fi
}

# beacon_stop [SIGNAL]: stops Beacon (TERM by default, KILL for kill -9) and waits for it.
beacon_stop() {
  [ -n "$BEACON_PID" ] || return 0
  kill "-${1:-TERM}" "$BEACON_PID" 2>/dev/null || true
  wait "$BEACON_PID" 2>/dev/null || true
  BEACON_PID=""
}
