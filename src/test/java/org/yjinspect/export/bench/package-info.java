/** The export benchmark (a main program, not a test): bench/exports-benchmark.sh runs it. */
package org.yjinspect.export.bench;
