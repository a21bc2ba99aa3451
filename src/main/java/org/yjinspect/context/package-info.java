/**
 * The report's contextual facts: the profile of the caseload, computed from the imported caseload
 * (never stored, never a name), beside national or local figures the lead inspector enters
 * (action EDIT_REPORT), audited and locked once the inspection is published.
 */
package org.yjinspect.context;
