#!/usr/bin/env bash
# Fills a database at county or province scale with the data generator and exits.
# Usage: bench/generate.sh county|province [spring args...], e.g.
#   bench/generate.sh province --spring.datasource.url='jdbc:postgresql://localhost:5432/jiceng_province?reWriteBatchedInserts=true' --spring.datasource.username=postgres
set -euo pipefail
source "$(dirname "$0")/common.sh"
SCALE="$1"; shift
ensure_jar
java -Xmx1g -jar "$JAR" --jiceng.generate="$SCALE" "$@"
