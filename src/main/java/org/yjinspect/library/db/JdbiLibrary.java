package org.yjinspect.library.db;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;
import org.yjinspect.library.app.LibraryStore;
import org.yjinspect.library.domain.LibraryEvent;
import org.yjinspect.library.domain.LibraryInspection;
import org.yjinspect.platform.problem.Problem;
import org.yjinspect.records.domain.Actor;

/**
 * The library in PostgreSQL (V83): one row per inspection, its standards, key questions and
 * warnings in child tables, and its own trail ({@code library_event}) written in the same
 * transaction as each change.
 */
public final class JdbiLibrary implements LibraryStore {
    private static final String UNIQUE_VIOLATION = "23505";
    private final Jdbi jdbi;

    public JdbiLibrary(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public List<LibraryInspection> all() {
        return jdbi.withHandle(h -> LibraryRows.read(h, "true", Map.of()));
    }

    @Override
    public Optional<LibraryInspection> find(long id) {
        return jdbi.withHandle(h -> LibraryRows.read(h, "i.id = :p", Map.of("p", id)).stream().findFirst());
    }

    @Override
    public Optional<LibraryInspection> find(String serviceKey, YearMonth published) {
        return jdbi.withHandle(h -> LibraryRows.read(h, "i.service_key = :p and i.published = :m",
                Map.of("p", serviceKey, "m", published.atDay(1))).stream().findFirst());
    }

    @Override
    public long add(LibraryInspection inspection, Actor actor) {
        try {
            return jdbi.inTransaction(h -> {
                long id = LibraryRows.insert(h, inspection, actor.name());
                event(h, id, inspection, LibraryEvent.Kind.ADDED, "", actor);
                return id;
            });
        } catch (UnableToExecuteStatementException e) {
            if (e.getCause() instanceof java.sql.SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                throw Problem.conflict(inspection.service() + " " + inspection.published() + " was added to the library"
                        + " by someone else just now; add it again to compare");
            }
            throw e;
        }
    }

    @Override
    public void replace(long id, LibraryInspection inspection, Actor actor, List<String> differences) {
        jdbi.useTransaction(h -> {
            h.createUpdate("select id from library_inspection where id = :id for update").bind("id", id).execute();
            LibraryRows.replace(h, id, inspection);
            event(h, id, inspection, LibraryEvent.Kind.REPLACED, String.join("\n", differences), actor);
        });
    }

    @Override
    public boolean remove(long id, Actor actor) {
        return jdbi.inTransaction(h -> {
            Optional<LibraryInspection> held = LibraryRows.read(h, "i.id = :p", Map.of("p", id)).stream().findFirst();
            if (held.isEmpty()) {
                return false;
            }
            h.createUpdate("delete from library_inspection where id = :id").bind("id", id).execute();
            event(h, id, held.get(), LibraryEvent.Kind.REMOVED, held.get().source(), actor);
            return true;
        });
    }

    @Override
    public List<LibraryEvent> events(long id) {
        return jdbi.withHandle(h -> h.createQuery("select library_id, service, published, kind, detail, actor, at"
                        + " from library_event where library_id = :id order by id").bind("id", id)
                .map((rs, ctx) -> new LibraryEvent(rs.getLong(1), rs.getString(2),
                        YearMonth.from(rs.getObject(3, LocalDate.class)), LibraryEvent.Kind.valueOf(rs.getString(4)),
                        rs.getString(5), rs.getString(6), rs.getTimestamp(7).toInstant())).list());
    }

    private static void event(Handle h, long id, LibraryInspection inspection, LibraryEvent.Kind kind, String detail,
                              Actor actor) {
        h.createUpdate("insert into library_event (library_id, service, published, kind, detail, actor)"
                        + " values (:id, :s, :p, :k, :d, :a)")
                .bind("id", id).bind("s", inspection.service()).bind("p", inspection.published().atDay(1))
                .bind("k", kind.name()).bind("d", detail).bind("a", actor.name()).execute();
    }
}
