/** The strengths and areas for improvement on the JSON API, under /api/inspections/{inspectionId}/findings. */
package org.yjinspect.finding.web;
