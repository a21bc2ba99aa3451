package org.yjinspect.export.xlsx;

import java.io.IOException;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.dhatim.fastexcel.Worksheet;
import org.yjinspect.export.app.Table;
import org.yjinspect.export.domain.Cell;
import org.yjinspect.export.domain.Column;

/**
 * One sheet: a bold, frozen header row, then the rows, written out every {@value #FLUSH_EVERY}
 * rows. Text cells are text, never formulas, so nothing needs neutralising here; moments are
 * date-time cells (UTC) that sort and filter as dates.
 */
final class XlsxSheet implements Table {
    static final int FLUSH_EVERY = 256;
    private static final String MOMENT = "yyyy-mm-dd hh:mm:ss";
    private final Worksheet sheet;
    private final XlsxWorkbook workbook;
    private int row;

    XlsxSheet(Worksheet sheet, XlsxWorkbook workbook) {
        this.sheet = sheet;
        this.workbook = workbook;
    }

    @Override
    public void header(List<Column> columns) {
        for (int c = 0; c < columns.size(); c++) {
            sheet.value(row, c, columns.get(c).name());
        }
        sheet.range(row, 0, row, Math.max(0, columns.size() - 1)).style().bold().set();
        sheet.freezePane(0, 1);
        row++;
    }

    @Override
    public void row(List<Cell> cells) {
        for (int c = 0; c < cells.size(); c++) {
            write(c, cells.get(c));
        }
        row++;
        if (row % FLUSH_EVERY == 0) {
            try {
                sheet.flush();
            } catch (IOException e) {
                throw XlsxWorkbook.unchecked(e);
            }
        }
    }

    private void write(int column, Cell cell) {
        if (cell instanceof Cell.Text t) {
            if (workbook.share(t.text())) {
                sheet.value(row, column, t.text());
            } else {
                sheet.inlineString(row, column, t.text());
            }
        } else if (cell instanceof Cell.Number n) {
            sheet.value(row, column, n.value());
        } else if (cell instanceof Cell.Moment m) {
            // To the second, as the CSV writes it: the two formats of one export show the same moment.
            sheet.value(row, column, m.instant().truncatedTo(ChronoUnit.SECONDS).atZone(ZoneOffset.UTC));
            sheet.style(row, column).format(MOMENT).set();
        }
    }

    void finish() {
        XlsxWorkbook.finish(sheet);
    }
}
