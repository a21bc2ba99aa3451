/** CSV for imported reports: one row per report, the same columns for every version, for many files at once. */
package org.yjinspect.published.csv;
