/**
 * The strengths and areas for improvement editor in the browser, /inspections/{inspectionId}/findings:
 * grouped by domain as the report lists them, strengths first, with plain forms
 * (post/redirect/get) that work without JavaScript.
 */
package org.yjinspect.finding.page;
