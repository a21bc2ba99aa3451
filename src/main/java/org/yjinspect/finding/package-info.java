/**
 * The report's strengths and areas for improvement, per domain: entered, changed and removed by
 * the lead inspector (action EDIT_REPORT), audited, locked once the inspection is published, and
 * read by the report under each domain's chapter.
 */
package org.yjinspect.finding;
