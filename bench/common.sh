# Shared by the benchmark scripts: the JVM flags of spring-boot-maven-plugin's jvmArguments in pom.xml, app start/stop.
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
JAR="${BENCH_JAR:-$ROOT/target/jiceng.jar}"
JVM_FLAGS="$(sed -n 's:.*<jvmArguments>\(.*\)</jvmArguments>.*:\1:p' "$ROOT/pom.xml")"
PORT="${BENCH_PORT:-8183}"
BASE="http://localhost:$PORT"

ensure_jar() {
  [ -f "$JAR" ] || (cd "$ROOT" && ./mvnw -o -q package -DskipTests)
}

# start_app LOGFILE [spring args...]: starts the jar in the background, sets APP_PID and START_MS (ms to first 200).
start_app() {
  local log="$1"; shift
  local t0; t0=$(date +%s%N)
  java $JVM_FLAGS -jar "$JAR" --server.port="$PORT" "$@" > "$log" 2>&1 &
  APP_PID=$!
  for _ in $(seq 1 1200); do
    if [ "$(curl -s -o /dev/null -w '%{http_code}' "$BASE/actuator/health")" = 200 ]; then
      START_MS=$(( ($(date +%s%N) - t0) / 1000000 )); return 0
    fi
    kill -0 "$APP_PID" 2>/dev/null || { echo "app died, see $log" >&2; return 1; }
    sleep 0.05
  done
  echo "app did not start in 60 s, see $log" >&2; stop_app; return 1
}

stop_app() {
  if [ -n "${APP_PID:-}" ]; then kill "$APP_PID" 2>/dev/null; wait "$APP_PID" 2>/dev/null || true; fi
  APP_PID=
}

rss_mb() {
  awk '/VmRSS/ { printf "%d", $2 / 1024 }' "/proc/$APP_PID/status"
}

load() { # load USER ROUNDS LABEL
  java "$ROOT/src/test/java/org/jiceng/bench/LoadDriver.java" "$BASE" "$1" Jiceng@2010 "${USERS:-8}" "$2" "$3"
}

load_now() {
  uptime | sed 's/.*load average: /load /'
}
