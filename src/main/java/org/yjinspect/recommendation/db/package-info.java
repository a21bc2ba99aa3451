/** Recommendations in PostgreSQL (table {@code report_recommendation}, Flyway V80), every write audited. */
package org.yjinspect.recommendation.db;
