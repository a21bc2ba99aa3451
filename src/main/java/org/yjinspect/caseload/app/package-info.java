/** Use cases for caseloads: import a checked export (all or nothing, or skipping invalid rows) and read it back. */
package org.yjinspect.caseload.app;
