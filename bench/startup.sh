#!/usr/bin/env bash
# Startup time (to the first 200 of /actuator/health) and RSS after warm-up of the embedded default (H2 file database,
# demo county), java -jar with the JVM flags of pom.xml. Each round: a first start on an empty H2 file (the demo
# county's database copied from the jar's snapshot, or migrations + the demo load for a jar without one; the log line
# says which), then a restart on it. Prints a Markdown table with the wall time, the CPU time the JVM used until then
# (user + system; on a shared machine it moves far less with the load than the wall time), the demo load's own line of
# the log and the machine's load; then the RSS after 30 warm-up rounds of the load driver on the last restart.
# Each jar runs on the H2 settings of its own application.properties (the embedded default's URL, another directory).
# Usage: bench/startup.sh [ROUNDS]
#        BEFORE_JAR=/tmp/old.jar bench/startup.sh 2   (rounds interleave the old jar and target/jiceng.jar)
set -euo pipefail
source "$(dirname "$0")/common.sh"
ROUNDS="${1:-1}"
ensure_jar
DATA=$(mktemp -d /tmp/jiceng-bench-XXXX)
trap 'stop_app; rm -rf "$DATA"' EXIT
JARS=(${BEFORE_JAR:+"$BEFORE_JAR"} "$JAR")
cpu_ms() { awk -v hz="$(getconf CLK_TCK)" '{ printf "%d", ($14 + $15) * 1000 / hz }' "/proc/$APP_PID/stat"; }
h2_url() { # the jar's embedded default URL, on a file under $1
  unzip -p "$2" BOOT-INF/classes/application.properties \
    | sed -n "s:^spring.datasource.url=jdbc\:h2\:file\:./data/jiceng:jdbc\:h2\:file\:$1/jiceng:p"
}
run() { # run LABEL JAR URL KIND (as start_app, without its 60 s limit: a first start on a busy machine takes longer)
  local t0; t0=$(date +%s%N)
  java $JVM_FLAGS -jar "$2" --server.port="$PORT" "--spring.datasource.url=$3" > "$DATA/$1-$4.log" 2>&1 &
  APP_PID=$!
  until [ "$(curl -s -o /dev/null -w '%{http_code}' "$BASE/actuator/health")" = 200 ]; do
    kill -0 "$APP_PID" 2>/dev/null || { echo "app died, see $DATA/$1-$4.log" >&2; exit 1; }
    sleep 0.05
  done
  START_MS=$(( ($(date +%s%N) - t0) / 1000000 ))
  local demo; demo=$(grep -oE '(Loaded|Restored) the demo county.*' "$DATA/$1-$4.log" \
    | sed -E 's/^Loaded.*\) in /loaded in /; s/^Restored.*\) in /restored from the snapshot in /' || true)
  echo "| $ROUND | $1 | $4 | $START_MS | $(cpu_ms) | ${demo:--} | $(load_now) |"
}
echo "| round | jar | run | start to first 200 (ms) | JVM CPU until then (ms) | demo county (log) | machine load |"
echo "|---|---|---|---|---|---|---|"
for ROUND in $(seq 1 "$ROUNDS"); do
  for jar in "${JARS[@]}"; do
    label=$([ "$jar" = "$JAR" ] && echo this || echo before)
    url=$(h2_url "$DATA/$ROUND-$label" "$jar")
    run "$label" "$jar" "$url" first; stop_app
    run "$label" "$jar" "$url" restart
    [ "$ROUND" = "$ROUNDS" ] && [ "$label" = this ] || stop_app
  done
done
load county 30 warm-up > /dev/null
echo
echo "RSS after warm-up (last restart of $(basename "$JAR"), 30 rounds of the load driver): $(rss_mb) MB, $(load_now)"
