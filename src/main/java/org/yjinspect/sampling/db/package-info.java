/** Samples stored in PostgreSQL through JDBI, with optimistic revision checks on every change. */
package org.yjinspect.sampling.db;
