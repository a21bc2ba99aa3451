package org.yjinspect.export.csv;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.yjinspect.export.app.Table;
import org.yjinspect.export.domain.Cell;
import org.yjinspect.export.domain.Column;
import org.yjinspect.export.domain.FormulaGuard;

/**
 * One export as CSV (RFC 4180: commas, double quotes where needed, CRLF), written straight to
 * the stream through FastCSV's buffer. UTF-8 with a byte order mark first, so Excel reads the
 * non-ASCII text right (without it Excel assumes the Windows code page); text cells that would
 * start a formula are neutralised ({@link FormulaGuard}); moments are {@code yyyy-mm-dd hh:mm:ss} UTC.
 */
public final class CsvTable implements Table {
    public static final byte[] BYTE_ORDER_MARK = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    public static final String CONTENT_TYPE = "text/csv; charset=utf-8";
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneOffset.UTC);
    private final CsvWriter csv;

    private CsvTable(CsvWriter csv) {
        this.csv = csv;
    }

    /** A table writing to {@code out}; {@link #finish()} flushes it, the caller closes the stream. */
    public static CsvTable on(OutputStream out) {
        try {
            out.write(BYTE_ORDER_MARK);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new CsvTable(CsvWriter.builder().lineDelimiter(LineDelimiter.CRLF).build(out, StandardCharsets.UTF_8));
    }

    @Override
    public void header(List<Column> columns) {
        csv.writeRecord(columns.stream().map(Column::name).toList());
    }

    @Override
    public void row(List<Cell> cells) {
        List<String> fields = new ArrayList<>(cells.size());
        cells.forEach(cell -> fields.add(text(cell)));
        csv.writeRecord(fields);
    }

    /** Writes out what is buffered. */
    public void finish() {
        try {
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(Cell cell) {
        if (cell instanceof Cell.Text t) {
            return FormulaGuard.neutralised(t.text());
        }
        if (cell instanceof Cell.Number n) {
            return Long.toString(n.value());
        }
        return cell instanceof Cell.Moment m ? UTC.format(m.instant()) : "";
    }
}
