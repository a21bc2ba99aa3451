/** The contextual facts on the JSON API, under /api/inspections/{inspectionId}/contextual-facts. */
package org.yjinspect.context.web;
