#!/usr/bin/env bash
# Start-up with and without class data sharing, side by side: on one H2 file database with the demo county (loaded by
# a first start), restarts in interleaved rounds of (a) java -jar target/jiceng.jar, (b) the same jar extracted
# (java -Djarmode=tools -jar … extract), (c) the extracted jar with a CDS archive trained once at build time. Prints
# a Markdown table of the time to the first 200 of /actuator/health and the CPU time the JVM used until then (user +
# system; on a shared machine the CPU time moves far less with the load than the wall time), with the machine's load.
# Usage: bench/startup-cds.sh [ROUNDS]   (JVM flags of pom.xml; BENCH_PORT as for the other scripts)
set -euo pipefail
source "$(dirname "$0")/common.sh"
ROUNDS="${1:-3}"
ensure_jar
DATA=$(mktemp -d /tmp/jiceng-bench-XXXX)
H2="--spring.datasource.url=jdbc:h2:file:$DATA/jiceng;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;QUERY_CACHE_SIZE=128"
trap 'stop_app; rm -rf "$DATA"' EXIT
java -Djarmode=tools -jar "$JAR" extract --destination "$DATA/app" > /dev/null
EXTRACTED="$DATA/app/$(basename "$JAR")"
# Training run: starts the context (no requests, no runners) and writes the archive of the classes it loaded.
java $JVM_FLAGS -XX:ArchiveClassesAtExit="$DATA/app/jiceng.jsa" -Dspring.context.exit=onRefresh -jar "$EXTRACTED" \
  --server.port="$PORT" "--spring.datasource.url=jdbc:h2:file:$DATA/train/jiceng;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;QUERY_CACHE_SIZE=128" \
  --jiceng.demo.mode=never > "$DATA/train.log" 2>&1
start_app "$DATA/first.log" "$H2"; first=$START_MS; stop_app   # migrations + demo county
declare -A CMD=([jar]="-jar $JAR" [extracted]="-jar $EXTRACTED" [cds]="-XX:SharedArchiveFile=$DATA/app/jiceng.jsa -jar $EXTRACTED")
cpu_ms() { awk -v hz="$(getconf CLK_TCK)" '{ printf "%d", ($14 + $15) * 1000 / hz }' "/proc/$APP_PID/stat"; }
echo "| round | variant | start to first 200 (ms) | JVM CPU until then (ms) | machine load |"
echo "|---|---|---|---|---|"
echo "| - | first start, java -jar (migrations + demo county) | $first | - | $(load_now) |"
for round in $(seq 1 "$ROUNDS"); do
  for variant in jar extracted cds; do
    t0=$(date +%s%N)
    java $JVM_FLAGS ${CMD[$variant]} --server.port="$PORT" "$H2" > "$DATA/$variant.log" 2>&1 &
    APP_PID=$!
    until [ "$(curl -s -o /dev/null -w '%{http_code}' "$BASE/actuator/health")" = 200 ]; do
      kill -0 "$APP_PID" 2>/dev/null || { echo "app died, see $DATA/$variant.log" >&2; exit 1; }
      sleep 0.05
    done
    echo "| $round | $variant | $(( ($(date +%s%N) - t0) / 1000000 )) | $(cpu_ms) | $(load_now) |"
    stop_app
  done
done
