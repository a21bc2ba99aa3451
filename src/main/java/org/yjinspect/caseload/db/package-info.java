/** Caseloads stored in PostgreSQL through JDBI; replaced in one transaction, and only before sampling. */
package org.yjinspect.caseload.db;
