/**
 * Second reading over HTTP, under /api/inspections/{inspectionId}/second-reading (docs/second-reading.md):
 * each route names its action for the access gate, and every answer passes the app layer's blind rule,
 * so a refusal there is 403 with its reason (404 for a case the person does not read), 409 for the state.
 */
package org.yjinspect.secondreading.web;
