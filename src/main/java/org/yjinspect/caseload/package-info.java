/**
 * Feature: the service's caseload of children's cases, imported from a case management system's CSV export (validated, all-or-nothing, no names). Layered as domain, app, csv, db, web.
 */
package org.yjinspect.caseload;
