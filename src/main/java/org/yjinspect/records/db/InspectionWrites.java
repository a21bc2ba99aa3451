package org.yjinspect.records.db;

import java.sql.SQLException;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;
import org.postgresql.util.PSQLException;
import java.util.function.Supplier;
import org.yjinspect.records.app.InspectionLocked;
import org.yjinspect.records.app.RecordWrites;
import org.yjinspect.records.domain.Actor;
import org.yjinspect.platform.problem.Problem;

/**
 * The one way an inspection's records are written. Every write runs in one transaction that
 * first calls {@code inspection_must_be_writable} (the publication lock: a shared advisory lock
 * on the inspection, then a refusal if it is published), then makes its change and appends the
 * audit entries through {@link AuditLog}. Publishing takes the same lock exclusively, so it waits
 * for writes in flight and every later write is refused. The database triggers call the same
 * function, so even a write that bypassed this class could not change a published inspection.
 */
public final class InspectionWrites implements RecordWrites {
    /** The body of a write: the transaction's handle, and the audit log bound to the inspection and actor. */
    @FunctionalInterface
    public interface Change<T> {
        T apply(Handle handle, AuditLog audit);
    }

    private static final String LOCKED = "YJ423";
    private static final String NO_INSPECTION = "YJ404";
    private final Jdbi jdbi;

    public InspectionWrites(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    public <T> T write(long inspectionId, Actor actor, Change<T> change) {
        try {
            return jdbi.inTransaction(h -> {
                mustBeWritable(h, inspectionId);
                return change.apply(h, new AuditLog(h, inspectionId, actor));
            });
        } catch (JdbiException e) {
            throw translated(e);
        }
    }

    /** A use case's own write: its adapters' calls inside {@code work} join this transaction. */
    @Override
    public <T> T write(long inspectionId, Actor actor, Supplier<T> work) {
        return write(inspectionId, actor, (h, audit) -> work.get());
    }

    @Override
    public <T> T exclusively(long inspectionId, Actor actor, Supplier<T> work) {
        return exclusively(inspectionId, actor, (h, audit) -> work.get());
    }

    @Override
    public void refuseIfLocked(long inspectionId) {
        try {
            jdbi.useHandle(h -> mustBeWritable(h, inspectionId));
        } catch (JdbiException e) {
            throw translated(e);
        }
    }

    /**
     * A write that must see everything written before it and nothing during it (publishing):
     * takes the inspection's lock exclusively before its transaction starts, so its snapshot
     * includes every write that was in flight, and no write can start until it has finished.
     */
    public <T> T exclusively(long inspectionId, Actor actor, Change<T> change) {
        try {
            return jdbi.withHandle(h -> {
                h.createQuery("select pg_advisory_lock(5951, cast(:id as int))").bind("id", inspectionId)
                        .mapTo(String.class).one();
                try {
                    return h.inTransaction(TransactionIsolationLevel.REPEATABLE_READ, tx -> {
                        mustBeWritable(tx, inspectionId);
                        return change.apply(tx, new AuditLog(tx, inspectionId, actor));
                    });
                } finally {
                    h.createQuery("select pg_advisory_unlock(5951, cast(:id as int))").bind("id", inspectionId)
                            .mapTo(Boolean.class).one();
                }
            });
        } catch (JdbiException e) {
            throw translated(e);
        }
    }

    private static void mustBeWritable(Handle h, long inspectionId) {
        h.createQuery("select inspection_must_be_writable(:id)").bind("id", inspectionId).mapTo(String.class).one();
    }

    /** The database's refusals in the inspectors' words; anything else stays a bug. */
    public static RuntimeException translated(JdbiException e) {
        RuntimeException refusal = refusal(e);
        return refusal == null ? e : refusal;
    }

    /** The same for a plain JDBC call. */
    public static RuntimeException translated(SQLException e) {
        RuntimeException refusal = refusal(e);
        return refusal == null ? new IllegalStateException("database call failed", e) : refusal;
    }

    private static RuntimeException refusal(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null) {
                String message = cause instanceof PSQLException p && p.getServerErrorMessage() != null
                        ? p.getServerErrorMessage().getMessage() : sql.getMessage();
                switch (sql.getSQLState()) {
                    case LOCKED:
                        return new InspectionLocked(message);
                    case NO_INSPECTION:
                        return Problem.notFound(message);
                    case "40001", "40P01":
                        return Problem.conflict("someone else changed the same records at the same moment;"
                                + " nothing was saved, please try again");
                    default:
                        break;
                }
            }
        }
        return null;
    }
}
