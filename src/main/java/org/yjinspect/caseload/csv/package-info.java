/**
 * The caseload export format: reading a CSV (UTF-8, optional byte order mark, comma or
 * semicolon, quoted fields) into checked cases with every row error, and writing one. The
 * columns are documented in docs/sampling.md.
 */
package org.yjinspect.caseload.csv;
