/** Inspections stored in PostgreSQL through JDBI. */
package org.yjinspect.inspection.db;
