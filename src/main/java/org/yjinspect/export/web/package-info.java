/**
 * The exports over HTTP: the same four downloads for the browser (session cookie, under
 * /inspections/{inspectionId}/exports) and for API clients (under
 * /api/inspections/{inspectionId}/exports), streamed onto the response as they are read.
 */
package org.yjinspect.export.web;
