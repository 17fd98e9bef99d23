#!/usr/bin/env bash
# Load benchmark: starts the jar (JVM flags of pom.xml) on a database, drives USERS (default 8) form-login sessions
# over the benchmark pages, prints p50/p95/p99 in ms per page as a Markdown table, stops the app.
# Usage: bench/load.sh LABEL USER [ROUNDS] [spring args...]   (WARMUP=N unrecorded rounds first, default 5, or
#        WARMUP_SECONDS=180 of them: the steady state, after the JIT has compiled, docs/benchmarks.md)
#   bench/load.sh H2-county gen-county 40 --spring.datasource.url='jdbc:h2:file:/tmp/jiceng-county/jiceng;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH'
#   bench/load.sh PG-county gen-county 40 --spring.datasource.url=jdbc:postgresql://localhost:5432/jiceng_county --spring.datasource.username=postgres
set -euo pipefail
source "$(dirname "$0")/common.sh"
LABEL="$1"; USER_NAME="$2"; ROUNDS="${3:-40}"; shift 3
ensure_jar
LOG=$(mktemp /tmp/jiceng-bench-XXXX.log)
trap 'stop_app' EXIT
start_app "$LOG" --jiceng.demo.mode=never "$@"
echo "| database, scale | page | requests | p50 ms | p95 ms | p99 ms |"
echo "|---|---|---|---|---|---|"
load "$USER_NAME" "$ROUNDS" "$LABEL"
echo
echo "$LABEL: ${USERS:-8} users, $(load_now), RSS $(rss_mb) MB"
