/** The caseload part of the JSON API: import a CSV export, read the caseload back. */
package org.yjinspect.caseload.web;
