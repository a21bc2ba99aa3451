/**
 * The report's pages: /inspections/{id}/report (in the application's frame, or standalone to print),
 * /inspections/{id}/report.pdf, and /inspections/{id}/report-and-exports (the report and every export).
 */
package org.yjinspect.report.page;
