package org.yjinspect.records.db;

import java.util.function.Supplier;
import org.jdbi.v3.core.Jdbi;
import org.yjinspect.records.app.ConsistentReads;

/**
 * One repeatable-read transaction around a group of reads. JDBI hands nested calls on the same
 * thread the same handle, so every repository read inside sees the same snapshot (and, inside
 * {@link InspectionWrites#exclusively}, the publishing transaction itself). Inside a transaction
 * already open on this thread, the reads simply join it.
 */
public final class JdbiConsistentReads implements ConsistentReads {
    private final Jdbi jdbi;

    public JdbiConsistentReads(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public <T> T read(Supplier<T> reads) {
        return jdbi.withHandle(h -> h.isInTransaction() ? reads.get() : h.inTransaction(tx -> {
            // In the transaction itself, so it rides with BEGIN: no session setting to set and reset.
            tx.execute("set transaction isolation level repeatable read");
            return reads.get();
        }));
    }
}
