#!/usr/bin/env bash
# What each benchmark page costs the app alone, warmed: one client, app CPU ms and wall ms per request (PageCost).
# Usage: bench/cost.sh USER [REQUESTS_PER_PAGE] [spring args...]   (WARM=N rounds first, default 40; ONLY=regex)
#   bench/cost.sh gen-county 300 --spring.datasource.url=jdbc:postgresql://localhost:5432/jiceng_county --spring.datasource.username=postgres
set -euo pipefail
source "$(dirname "$0")/common.sh"
USER_NAME="$1"; N="${2:-300}"; shift 2
ensure_jar
CLASSES=$(mktemp -d /tmp/jiceng-cost-XXXX)
LOG=$(mktemp /tmp/jiceng-bench-XXXX.log)
trap 'stop_app; rm -rf "$CLASSES"' EXIT
javac -d "$CLASSES" "$ROOT/src/test/java/org/jiceng/bench/LoadDriver.java" "$ROOT/src/test/java/org/jiceng/bench/PageCost.java"
start_app "$LOG" --jiceng.demo.mode=never "$@"
java -cp "$CLASSES" org.jiceng.bench.PageCost "$BASE" "$USER_NAME" "$APP_PID" "$N"
echo
echo "$(load_now), RSS $(rss_mb) MB"
