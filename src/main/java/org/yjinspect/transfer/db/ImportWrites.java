package org.yjinspect.transfer.db;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.yjinspect.transfer.app.ImportInspectionCommand;
import org.yjinspect.transfer.domain.DocumentField;
import org.yjinspect.transfer.domain.DocumentSection;
import org.yjinspect.transfer.domain.InspectionDocument;
import org.yjinspect.transfer.domain.InspectionFormat;

/**
 * Stores an imported document as a new inspection in one transaction: the inspection row, then
 * every section in the format's order (so each case exists before what refers to it), a case
 * reference turned into the new server's id as it goes; the importer as lead; the source's audit
 * trail as it was, then the import's own entries ({@link ImportEntries}); and last the
 * publication, since a published inspection takes no more rows. Any failure rolls all of it back.
 */
final class ImportWrites {
    private final Jdbi jdbi;

    ImportWrites(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    long store(ImportInspectionCommand command) {
        InspectionDocument document = command.document();
        try {
            return jdbi.inTransaction(h -> {
                long id = inspection(h, document);
                Map<String, Long> caseload = new HashMap<>();
                Map<String, Long> sample = new HashMap<>();
                Long sampleId = null;
                for (DocumentSection section : InspectionFormat.sections()) {
                    if (section.owner() == DocumentSection.Owner.INSPECTION_ROW
                            || section.owner() == DocumentSection.Owner.RECORD_ONLY) {
                        continue;
                    }
                    if (section.name().equals("sample")) {
                        sampleId = sample(h, id, document).orElse(null);
                        continue;
                    }
                    if (document.rows(section.name()).isEmpty()) {
                        continue;
                    }
                    long owner = section.owner() == DocumentSection.Owner.SAMPLE ? sampleId : id;
                    insert(h, section, owner, document.rows(section.name()), caseload, sample);
                    if (section.name().equals("caseload")) {
                        caseload.putAll(ids(h, "select case_reference, id from caseload_case where inspection_id = :id",
                                id));
                    } else if (section.name().equals("sampleCases")) {
                        sample.putAll(ids(h, "select c.case_reference, s.id from sample_case s join caseload_case c"
                                + " on c.id = s.case_id where s.sample_id = :id", owner));
                    }
                }
                ImportEntries.imported(h, id, command);
                publish(h, id, document);
                return id;
            });
        } catch (JdbiException e) {
            throw ImportRefusals.translated(e, command.source());
        }
    }

    private static long inspection(Handle h, InspectionDocument document) {
        DocumentSection section = InspectionFormat.named("inspection");
        Object[] row = document.one("inspection").orElseThrow();
        List<String> columns = new ArrayList<>(section.fields().stream().map(DocumentField::column).toList());
        columns.add("framework_version");
        var insert = h.createUpdate("insert into inspection (" + String.join(", ", columns) + ") values ("
                + placeholders(columns.size()) + ")");
        for (int i = 0; i < row.length; i++) {
            insert.bindByType(i, row[i], javaType(section.fields().get(i)));
        }
        insert.bind(row.length, document.header().frameworkVersion().label());
        return insert.executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
    }

    private static Optional<Long> sample(Handle h, long inspectionId, InspectionDocument document) {
        DocumentSection section = InspectionFormat.named("sample");
        if (document.one("sample").isEmpty()) {
            return Optional.empty();
        }
        Object[] row = document.one("sample").get();
        var insert = h.createUpdate("insert into sample (inspection_id, " + columns(section) + ") values (?, "
                + placeholders(row.length) + ")").bind(0, inspectionId);
        for (int i = 0; i < row.length; i++) {
            insert.bindByType(i + 1, row[i], javaType(section.fields().get(i)));
        }
        return Optional.of(insert.executeAndReturnGeneratedKeys("id").mapTo(Long.class).one());
    }

    private static void insert(Handle h, DocumentSection section, long owner, List<Object[]> rows,
                               Map<String, Long> caseload, Map<String, Long> sample) {
        String ownerColumn = section.owner() == DocumentSection.Owner.SAMPLE ? "sample_id" : "inspection_id";
        PreparedBatch batch = h.prepareBatch("insert into " + section.table() + " (" + ownerColumn + ", "
                + columns(section) + ") values (?, " + placeholders(section.fields().size()) + ")");
        for (Object[] row : rows) {
            batch.bind(0, owner);
            for (int i = 0; i < row.length; i++) {
                DocumentField field = section.fields().get(i);
                Object value = switch (field.refersTo()) {
                    case NONE -> row[i];
                    case CASELOAD_CASE -> caseload.get((String) row[i]);
                    case SAMPLE_CASE -> row[i] == null ? null : sample.get((String) row[i]);
                };
                batch.bindByType(i + 1, value, field.refersTo() == DocumentField.Reference.NONE ? javaType(field)
                        : Long.class);
            }
            batch.add();
        }
        batch.execute();
    }

    private static Map<String, Long> ids(Handle h, String sql, long owner) {
        Map<String, Long> ids = new HashMap<>();
        h.createQuery(sql).bind("id", owner).map((rs, ctx) -> Map.entry(rs.getString(1), rs.getLong(2)))
                .forEach(e -> ids.put(e.getKey(), e.getValue()));
        return ids;
    }

    /** Last: a published inspection refuses every row after this. */
    private static void publish(Handle h, long id, InspectionDocument document) {
        document.one("publication").ifPresent(row -> h.createUpdate("update inspection set published_at = :at,"
                        + " published_by = :by where id = :id").bind("id", id)
                .bind("at", (OffsetDateTime) InspectionDocument.value("publication", row, "publishedAt"))
                .bind("by", (String) InspectionDocument.value("publication", row, "publishedBy")).execute());
    }

    private static String columns(DocumentSection section) {
        return String.join(", ", section.fields().stream().map(DocumentField::column).toList());
    }

    private static String placeholders(int count) {
        return String.join(", ", Collections.nCopies(count, "?"));
    }

    private static Class<?> javaType(DocumentField field) {
        return switch (field.kind()) {
            case WHOLE -> Long.class;
            case DECIMAL -> BigDecimal.class;
            case YES_NO -> Boolean.class;
            case DATE -> LocalDate.class;
            case TIMESTAMP -> OffsetDateTime.class;
            default -> String.class;
        };
    }
}
