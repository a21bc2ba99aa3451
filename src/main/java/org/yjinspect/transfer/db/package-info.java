/**
 * The inspection document's rows in PostgreSQL: read for export in one read-only, repeatable-read
 * transaction and streamed with a fetch size, and stored on import in one transaction.
 */
package org.yjinspect.transfer.db;
