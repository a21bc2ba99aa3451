#!/usr/bin/env bash
# Benchmark: answer saves over HTTP with 50 concurrent autosaving clients (wrk if installed, else
# a small Java client), on the embedded
# PostgreSQL (fsync and synchronous commit on) in a throwaway data directory, beside the same
# machine's bare JDBC single-row UPDATE rate as the ceiling. Client and server share the machine.
# It also prints the resident memory of the server's Java processes and of its PostgreSQL
# processes after start and after the load run (Linux /proc; docs/benchmarks.md).
#   usage: bench/assessment-benchmark.sh [CLIENTS] [MEASURE_SECONDS]      (default 50 clients, 20 s)
# The server runs with its default memory settings; set YJINSPECT_JAVA_OPTS to try others.
set -euo pipefail
cd "$(dirname "$0")/.."
clients=${1:-50}
measure=${2:-20}
warmup=${WARMUP:-15}   # the JIT takes this long to settle: the first seconds cost twice the CPU per save
jar=target/yjinspect.jar
[ -f "$jar" ] || mvn -q -B package -DskipTests
[ -f target/cp.txt ] || mvn -q -B dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=runtime
work=$(mktemp -d)
server=
cleanup() { [ -n "$server" ] && kill "$server" 2>/dev/null && wait "$server" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT

# Resident memory in MB of one process: RSS, or PSS (shared pages divided among the processes
# sharing them, so PostgreSQL's shared buffers count once, not once per backend).
mb() { awk -v f="$2:" '$1 == f {s += $2} END {printf "%d", s / 1024}' "/proc/$1/$3" 2>/dev/null || echo 0; }
# The Java side: `java -jar ... serve` and the child JVM it starts with the bounded heap (if any).
# The PostgreSQL side: the postmaster serving the data directory and its processes.
memory() {
  local children jvm java_rss launcher_rss pg pg_rss=0 pg_pss=0 n=0
  children=$(ps -o pid= --ppid "$server" | tr -d ' ' || true)
  jvm=${children:-$server}
  launcher_rss=0
  [ "$jvm" != "$server" ] && launcher_rss=$(mb "$server" VmRSS status)
  java_rss=$(mb "$jvm" VmRSS status)
  pg=$(ps -eo pid=,args= | awk -v d="$work/pgdata" '$2 ~ /\/postgres$/ && $0 ~ ("-D " d " ") {print $1}')
  for p in $pg $(ps -o pid= --ppid "${pg:-0}"); do
    pg_rss=$((pg_rss + $(mb "$p" VmRSS status))); pg_pss=$((pg_pss + $(mb "$p" Pss smaps_rollup))); n=$((n + 1))
  done
  echo "memory $1: server JVM ${java_rss} MB RSS (+ launcher JVM ${launcher_rss} MB);" \
       "PostgreSQL ${n} processes ${pg_rss} MB RSS, ${pg_pss} MB PSS"
}

java -jar "$jar" caseload generate --rows 2000 --seed 1 --announced 2024-10-14 --output "$work/caseload.csv"
# The load acts as one account through a personal access token (it creates the inspection, so it
# leads it and may assess every case). Both are made on the data directory before the server
# starts: the embedded database serves one process at a time.
head -c 24 /dev/urandom | base64 | java -jar "$jar" user create bench --password-stdin --data-dir "$work/pgdata" > /dev/null
YJINSPECT_TOKEN=$(java -jar "$jar" token create --user bench --name benchmark --days 1 --data-dir "$work/pgdata" \
    2> "$work/token.log") || { cat "$work/token.log" >&2; exit 1; }
export YJINSPECT_TOKEN
java -jar "$jar" serve --port 0 --data-dir "$work/pgdata" > "$work/serve.log" 2>&1 &
server=$!
for _ in $(seq 1 120); do grep -q "serving on" "$work/serve.log" && break; sleep 0.5; done
url=$(grep -o 'http://[0-9.]*:[0-9]*' "$work/serve.log" | head -1)
echo "server: $url ($(nproc) cores, $(java -version 2>&1 | head -1), load average $(cut -d' ' -f1-3 /proc/loadavg))"
echo "server JVM: $(ps -o args= -p "$(ps -o pid= --ppid "$server" | head -1 | tr -d ' ')" 2>/dev/null | cut -d' ' -f1-8)"
memory "after start"

if command -v wrk > /dev/null; then
  # wrk: one connection per thread, each an autosaving inspector (bench/answer-saves.lua).
  for layout in paths paths-shared-case; do
    java bench/AnswerSaveLoad.java "$url" "$work/caseload.csv" "$clients" "--$layout" "$work/$layout.txt"
    PATHS="$work/$layout.txt" OFFSET="$clients" wrk -t "$clients" -c "$clients" -d "${warmup}s" \
        -s bench/answer-saves.lua "$url" > /dev/null
    PATHS="$work/$layout.txt" OFFSET=0 wrk -t "$clients" -c "$clients" -d "${measure}s" \
        -s bench/answer-saves.lua "$url" | grep "answer saves"
  done
else
  # No wrk (apt-get install -y wrk): the same load from a small Java client, which itself takes CPU.
  java bench/AnswerSaveLoad.java "$url" "$work/caseload.csv" "$clients" "$warmup" "$measure"
  java bench/AnswerSaveLoad.java "$url" "$work/caseload.csv" "$clients" "$warmup" "$measure" --shared-case
fi

memory "after the load run"
kill "$server"; wait "$server" 2>/dev/null || true; server=
java -cp "target/classes:$(cat target/cp.txt)" bench/JdbcUpdateCeiling.java "$work/ceiling" "$clients" "$warmup" "$measure"
java -cp "target/classes:$(cat target/cp.txt)" bench/JdbcUpdateCeiling.java "$work/ceiling" 10 "$warmup" "$measure"
