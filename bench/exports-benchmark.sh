#!/usr/bin/env bash
# Benchmark: the XLSX (and CSV) case-level export of an inspection of CASES sampled cases (default
# 500) with every prompt and key question answered, on the embedded PostgreSQL in a throwaway data
# directory, in a JVM with a 64 MB heap (HEAP=... to change it) to show that the export streams.
# Prints each run's time, the median and the peak heap in use above the heap before the run.
#   usage: bench/exports-benchmark.sh [CASES] [RUNS]      (default 500 5)
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B -o test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
/usr/bin/time -f "whole run: %e s wall, peak resident set %M KB (JVM only; PostgreSQL is its own process)" \
  java -Xmx"${HEAP:-64m}" -cp "target/test-classes:target/classes:$(cat target/cp.txt)" \
  org.yjinspect.export.bench.XlsxExportBenchmark "${1:-500}" "${2:-5}"
