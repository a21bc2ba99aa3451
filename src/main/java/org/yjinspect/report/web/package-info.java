/** The report over the API: GET /api/inspections/{inspectionId}/report.pdf and report.html (READ_RATINGS). */
package org.yjinspect.report.web;
