/** Entered contextual figures in PostgreSQL (table {@code contextual_figure}, Flyway V81), every write audited. */
package org.yjinspect.context.db;
