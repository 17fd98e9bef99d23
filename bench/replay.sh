#!/usr/bin/env bash
# Side-by-side of each page with its own SQL (issue 17), PostgreSQL only: how much a request costs beyond the
# statements it sends to the database.
# 1. Capture: starts the jar with log_statement=all on its connections (set per connection through the JDBC URL's
#    options; we connect as a superuser), signs in, warms the pages up, requests each page once with a marker
#    statement before it, and cuts the server log (PG_LOG) at the markers (SqlCapture). Prints per page the statements,
#    transactions and writes one request sends.
# 2. Run: restarts the jar without statement logging and, for 1 and 8 clients (CLIENTS), alternates page by page a
#    phase of the app over HTTP (each client its own session; the API pages with credentials on every call, no cookie)
#    and a phase of the captured statements replayed over JDBC (each client its own connection, prepared, the captured
#    parameter values and transactions, every column of every row read; the app's own PostgreSQL driver), the side
#    that goes first alternating by round (ReplayBenchmark). Prints p50, p95 and throughput of both, app ÷ SQL, and
#    the range of the throughput ratio over the rounds, and the CPU time per request of the app's JVM against that
#    of the replaying JVM (its JDBC work for the same statements), JIT compiler threads left out; the database's own
#    CPU is not counted on either side.
# Usage: bench/replay.sh USER ROUNDS JDBC_URL [DB_USER]   (env: PER_ROUND requests per client, page, side and round
#        (default 10), CLIENTS (default 1,8), PG_LOG (default /var/log/postgresql/postgresql-15-main.log), PGPASSWORD)
#   bench/replay.sh gen-county 5 jdbc:postgresql://localhost:5432/jiceng_replay postgres
# The database: bench/generate.sh county --spring.datasource.url='jdbc:postgresql://localhost:5432/<db>?reWriteBatchedInserts=true' --spring.datasource.username=postgres
set -euo pipefail
source "$(dirname "$0")/common.sh"
USER_NAME="$1"; ROUNDS="$2"; URL="$3"; DB_USER="${4:-postgres}"
PG_LOG="${PG_LOG:-/var/log/postgresql/postgresql-15-main.log}"
[ -r "$PG_LOG" ] || { echo "cannot read the server log $PG_LOG (set PG_LOG)" >&2; exit 1; }
ensure_jar
WORK=$(mktemp -d /tmp/jiceng-replay-XXXX)
trap 'stop_app; rm -rf "$WORK"' EXIT
# The app's own driver, so both sides speak to the server alike.
unzip -p "$JAR" "$(unzip -Z1 "$JAR" | grep '^BOOT-INF/lib/postgresql-.*\.jar$')" > "$WORK/postgresql.jar"
SRC="$ROOT/src/test/java/org/jiceng/bench"
javac -d "$WORK/classes" -cp "$WORK/postgresql.jar" "$SRC/LoadDriver.java" "$SRC/SqlCapture.java" "$SRC/ReplayBenchmark.java"
CP="$WORK/classes:$WORK/postgresql.jar"
DB=(--spring.datasource.username="$DB_USER" --spring.datasource.password="${PGPASSWORD:-}")
case "$URL" in *\?*) LOGGING="$URL&" ;; *) LOGGING="$URL?" ;; esac

start_app "$WORK/capture.log" --jiceng.demo.mode=never --spring.datasource.url="${LOGGING}options=-c%20log_statement%3Dall" "${DB[@]}"
echo "Statements one request sends (capture, $(date -u +%H:%M) UTC):"
echo
java -cp "$CP" org.jiceng.bench.SqlCapture "$BASE" "$USER_NAME" Jiceng@2010 "$URL" "$DB_USER" "$PG_LOG" "$WORK/statements.txt"
stop_app

start_app "$WORK/run.log" --jiceng.demo.mode=never --spring.datasource.url="$URL" "${DB[@]}"
echo
echo "App ÷ its own SQL ($(date -u +%H:%M) UTC):"
echo
java -cp "$CP" org.jiceng.bench.ReplayBenchmark "$BASE" "$USER_NAME" Jiceng@2010 "$URL" "$DB_USER" "$WORK/statements.txt" \
  "$ROUNDS" "${PER_ROUND:-10}" "${CLIENTS:-1,8}" "$APP_PID"
echo "App RSS $(rss_mb) MB; finished $(date -u +%H:%M) UTC"
