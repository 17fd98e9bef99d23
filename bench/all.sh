#!/usr/bin/env bash
# Every benchmark of docs/benchmarks.md in one go, printing ready-to-paste Markdown tables:
# startup and RSS, then 8-user load at county scale on H2 and PostgreSQL, then (with PROVINCE=1) province scale on
# PostgreSQL. Recreates the databases jiceng_county / jiceng_province (PG at localhost:5432, user postgres; override
# with PGURL) and an H2 file under /tmp. Usage: bench/all.sh  or  PROVINCE=1 bench/all.sh
set -euo pipefail
cd "$(dirname "$0")/.."
PGURL="${PGURL:-jdbc:postgresql://localhost:5432}"
# The load runs measure the steady state: a fresh JVM on 2 cores compiles for about two and a half minutes under the
# 8-user load (docs/benchmarks.md), so three minutes of unrecorded rounds come first. WARMUP_SECONDS=0 gives the
# older figures of a warming JVM (5 rounds).
export WARMUP_SECONDS="${WARMUP_SECONDS:-180}"
H2DIR=$(mktemp -d /tmp/jiceng-county-XXXX)
H2="jdbc:h2:file:$H2DIR/jiceng;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;WRITE_DELAY=0"
trap 'rm -rf "$H2DIR"' EXIT
./mvnw -o -q -DskipTests package
recreate() { psql -h localhost -U postgres -qc "DROP DATABASE IF EXISTS $1" -c "CREATE DATABASE $1"; }
gen() { bench/generate.sh "$@" | grep -E "Generated the|ERROR" >&2; }
echo "Machine: $(nproc) cores, $(free -g | awk '/Mem/ {print $2}') GB, $(java -version 2>&1 | head -1)"
echo
bench/startup.sh
echo
gen county --spring.datasource.url="$H2"
recreate jiceng_county
gen county --spring.datasource.url="$PGURL/jiceng_county?reWriteBatchedInserts=true" --spring.datasource.username=postgres
bench/load.sh H2-county gen-county 40 --spring.datasource.url="$H2"
echo
bench/load.sh PG-county gen-county 40 --spring.datasource.url="$PGURL/jiceng_county" --spring.datasource.username=postgres
if [ "${PROVINCE:-0}" = 1 ]; then
  recreate jiceng_province
  gen province --spring.datasource.url="$PGURL/jiceng_province?reWriteBatchedInserts=true" --spring.datasource.username=postgres
  psql -h localhost -U postgres -d jiceng_province -qc "VACUUM ANALYZE"
  echo
  bench/load.sh PG-province gen-province 20 --spring.datasource.url="$PGURL/jiceng_province" --spring.datasource.username=postgres
  echo
  bench/load.sh PG-province/county-officer gen-county 20 --spring.datasource.url="$PGURL/jiceng_province" --spring.datasource.username=postgres
fi
