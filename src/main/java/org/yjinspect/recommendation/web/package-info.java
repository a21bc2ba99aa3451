/** The recommendations on the JSON API, under /api/inspections/{inspectionId}/recommendations. */
package org.yjinspect.recommendation.web;
