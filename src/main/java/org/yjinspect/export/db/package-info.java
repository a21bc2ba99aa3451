/** Reads the sampled cases and their stored answers from PostgreSQL for the exports, streamed with a cursor. */
package org.yjinspect.export.db;
