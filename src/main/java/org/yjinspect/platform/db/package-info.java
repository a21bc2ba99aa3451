/**
 * Opening the database: embedded PostgreSQL (zonky) on a persistent data directory with fsync
 * and synchronous commit on, or an external PostgreSQL by JDBC URL; HikariCP, Flyway
 * migrations from {@code db/migration}, JDBI. A data folder that cannot hold the database and a
 * server that cannot be reached are the user's to fix, and are refused in words that say how.
 */
package org.yjinspect.platform.db;
