/**
 * Writes an export as an XLSX workbook with fastexcel, a streaming writer: each sheet's rows go
 * to the zip stream as they come, so memory does not grow with the number of rows.
 */
package org.yjinspect.export.xlsx;
