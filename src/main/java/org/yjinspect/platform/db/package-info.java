/**
 * Opening the database: embedded PostgreSQL (zonky) on a persistent data directory with fsync
 * and synchronous commit on, or an external PostgreSQL by JDBC URL; HikariCP, Flyway
 * migrations from {@code db/migration}, JDBI.
 */
package org.yjinspect.platform.db;
