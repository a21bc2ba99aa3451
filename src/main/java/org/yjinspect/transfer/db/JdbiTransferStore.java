package org.yjinspect.transfer.db;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;
import org.yjinspect.transfer.app.ImportInspectionCommand;
import org.yjinspect.transfer.app.TransferStore;
import org.yjinspect.transfer.domain.DocumentField;
import org.yjinspect.transfer.domain.DocumentHeader;
import org.yjinspect.transfer.domain.DocumentSection;
import org.yjinspect.transfer.domain.DocumentSink;
import org.yjinspect.transfer.domain.InspectionFormat;

/**
 * Reads an inspection for export and stores an imported one. The export reads every section in
 * one read-only transaction at repeatable read, so the document is one moment's inspection even
 * while people work on it, and streams each section's rows (a fetch size, never a whole table in
 * memory) to the sink.
 */
public final class JdbiTransferStore implements TransferStore {
    private static final int FETCH = 500;
    private final Jdbi jdbi;

    public JdbiTransferStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public void export(long inspectionId, DocumentHeader header, DocumentSink sink) {
        jdbi.useTransaction(TransactionIsolationLevel.REPEATABLE_READ, h -> {
            h.execute("set transaction read only");
            sink.header(header);
            for (DocumentSection section : InspectionFormat.sections()) {
                sink.open(section);
                h.createQuery(SectionQueries.of(section)).bind("id", inspectionId).setFetchSize(FETCH)
                        .map((rs, ctx) -> row(rs, section)).forEach(row -> sink.row(section, row));
                sink.close(section);
            }
            sink.finish();
        });
    }

    @Override
    public long store(ImportInspectionCommand command) {
        return new ImportWrites(jdbi).store(command);
    }

    private static Object[] row(ResultSet rs, DocumentSection section) throws SQLException {
        Object[] values = new Object[section.fields().size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = value(rs, i + 1, section.fields().get(i));
        }
        return values;
    }

    private static Object value(ResultSet rs, int column, DocumentField field) throws SQLException {
        Object value = switch (field.kind()) {
            case WHOLE -> rs.getLong(column);
            case DECIMAL -> rs.getBigDecimal(column);
            case YES_NO -> rs.getBoolean(column);
            case DATE -> rs.getObject(column, LocalDate.class);
            case TIMESTAMP -> rs.getObject(column, OffsetDateTime.class);
            default -> rs.getString(column);
        };
        return rs.wasNull() ? null : value instanceof BigDecimal d ? d : value;
    }
}
