/**
 * The inspection report: built from the stored inspection in the structure the published reports
 * use (title page, ratings page, recommendations, contextual facts, a chapter per domain and
 * standard, Annexe 1 methodology, Annexe 2 inspection data), rendered to HTML and PDF from the
 * same templates. See docs/report.md.
 */
package org.yjinspect.report;
