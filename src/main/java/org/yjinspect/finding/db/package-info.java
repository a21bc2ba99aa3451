/** Strengths and areas for improvement in PostgreSQL (table {@code report_finding}, Flyway V82), every write audited. */
package org.yjinspect.finding.db;
