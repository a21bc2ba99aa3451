/**
 * The caseload's page in the browser: the current caseload by case type, and uploading a
 * caseload export as a file, with every row error in the error summary and a table, and the
 * choice to import the valid rows and skip the rest (the uploaded file is kept, for its uploader
 * only and for a short time, between the two requests).
 */
package org.yjinspect.caseload.page;
