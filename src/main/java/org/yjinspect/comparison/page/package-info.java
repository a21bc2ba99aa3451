/**
 * The comparison pages: /library/compare (a standard's or key question's spread, chosen with GET
 * forms that work without JavaScript), /library/services/{serviceKey} (a service over time) and
 * /inspections/{inspectionId}/comparison (where the live figures sit; for those who may read ratings).
 */
package org.yjinspect.comparison.page;
