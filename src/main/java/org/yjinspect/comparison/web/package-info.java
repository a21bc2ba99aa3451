/**
 * The comparisons' JSON API: GET /api/library/comparisons?version=&standard=|keyQuestion=,
 * GET /api/library/services/{serviceKey}, GET /api/inspections/{inspectionId}/comparison; and
 * the JSON the command line's --json prints, the same.
 */
package org.yjinspect.comparison.web;
