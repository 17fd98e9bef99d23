#!/usr/bin/env bash
# Startup time (to the first 200 of /actuator/health) and RSS after warm-up of the embedded default (H2 file database,
# demo county), java -jar with the JVM flags of pom.xml. Prints a Markdown table. Usage: bench/startup.sh
set -euo pipefail
source "$(dirname "$0")/common.sh"
ensure_jar
DATA=$(mktemp -d /tmp/jiceng-bench-XXXX)
H2="--spring.datasource.url=jdbc:h2:file:$DATA/jiceng;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;WRITE_DELAY=0"
trap 'stop_app; rm -rf "$DATA"' EXIT
echo "| run | start to first 200 (ms) | RSS after warm-up (MB) | machine load |"
echo "|---|---|---|---|"
start_app "$DATA/first.log" "$H2"
first=$START_MS; stop_app
start_app "$DATA/second.log" "$H2"
load county 30 warm-up > /dev/null
echo "| first start (empty H2: migrations + demo county) | $first | - | $(load_now) |"
echo "| restart (demo county present) | $START_MS | $(rss_mb) | $(load_now) |"
