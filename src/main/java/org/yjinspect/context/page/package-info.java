/**
 * The contextual facts in the browser, /inspections/{inspectionId}/contextual-facts: the caseload's
 * profile tables and the figures entered, with a plain form to enter one (post/redirect/get).
 */
package org.yjinspect.context.page;
