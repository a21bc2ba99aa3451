/**
 * The recommendations editor in the browser, /inspections/{inspectionId}/recommendations: grouped by
 * addressee as the report lists them, with plain forms (post/redirect/get) that work without JavaScript.
 */
package org.yjinspect.recommendation.page;
