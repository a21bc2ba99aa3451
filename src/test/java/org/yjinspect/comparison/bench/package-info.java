/** The comparison pages' benchmark server (bench/comparison-benchmark.sh): a library of 200 synthetic inspections. */
package org.yjinspect.comparison.bench;
