/**
 * The report's recommendations by addressee: entered, changed, removed and reordered by the lead
 * inspector (action EDIT_REPORT), audited, locked once the inspection is published, and read by
 * the report in the order it lists them.
 */
package org.yjinspect.recommendation;
