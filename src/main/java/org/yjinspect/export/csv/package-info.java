/** Writes an export as a CSV file with FastCSV: UTF-8 with a byte order mark, CRLF, formulas neutralised. */
package org.yjinspect.export.csv;
