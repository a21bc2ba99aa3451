/**
 * The export use cases: the case-level tables (wide, long, data dictionary, the workbook of
 * all three) streamed case by case from one consistent read of the database, and the audit
 * trail streamed a page at a time. Nothing of the export's size is held in memory; writers
 * ({@link org.yjinspect.export.app.Table}, {@link org.yjinspect.export.app.Workbook}) are given by
 * the adapters.
 */
package org.yjinspect.export.app;
