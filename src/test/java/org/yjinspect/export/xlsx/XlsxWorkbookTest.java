package org.yjinspect.export.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.yjinspect.export.ExportReading;
import org.yjinspect.export.app.Table;
import org.yjinspect.export.domain.Cell;
import org.yjinspect.export.domain.Column;

class XlsxWorkbookTest {
    private static final List<String> HOSTILE = List.of("=HYPERLINK(\"http://evil.example\",\"click\")", "+SUM(1,2)",
            "-2+3", "@cmd|' /C calc'!A0", "\"quoted\", with a comma", "two\nlines", "Zoë, Siân, 東京 🙂",
            "<b>not markup</b> & ampersand", "'an apostrophe");

    @Test
    void hostileTextIsTextInEveryCellExactlyAsGivenNeverAFormula() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        XlsxWorkbook workbook = new XlsxWorkbook(out);
        Table sheet = workbook.sheet("Notes");
        sheet.header(List.of(Column.of("note", Column.Kind.AUDIT, "text", "a note")));
        HOSTILE.forEach(text -> sheet.row(List.of(Cell.text(text))));
        workbook.finish();

        try (XSSFWorkbook read = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            for (int r = 1; r <= HOSTILE.size(); r++) {
                var cell = read.getSheet("Notes").getRow(r).getCell(0);
                assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
                assertThat(cell.getStringCellValue()).isEqualTo(HOSTILE.get(r - 1));
            }
        }
    }

    @Test
    void sheetsFollowOneAnotherWithTheirNumbersMomentsAndBlanks() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        XlsxWorkbook workbook = new XlsxWorkbook(out);
        List<Column> columns = List.of(Column.of("id", Column.Kind.AUDIT, "", ""),
                Column.of("at", Column.Kind.AUDIT, "", ""), Column.of("blank", Column.Kind.AUDIT, "", ""));
        Table first = workbook.sheet("First");
        first.header(columns);
        for (int i = 1; i <= 1000; i++) {
            first.row(List.of(Cell.number(i), Cell.moment(Instant.parse("2024-11-05T10:15:30.999Z").plusSeconds(i)),
                    Cell.EMPTY));
        }
        Table second = workbook.sheet("Second");
        second.header(columns);
        second.row(List.of(Cell.number(-5), Cell.EMPTY, Cell.text("x")));
        workbook.finish();

        Map<String, List<List<String>>> sheets = ExportReading.xlsx(out.toByteArray());
        assertThat(sheets.keySet()).containsExactly("First", "Second");
        assertThat(sheets.get("First")).hasSize(1001);
        assertThat(sheets.get("First").get(0)).containsExactly("id", "at", "blank");
        assertThat(sheets.get("First").get(1000)).containsExactly("1000", "2024-11-05 10:32:10", "");
        assertThat(sheets.get("Second").get(1)).containsExactly("-5", "", "x");
    }

    @Test
    void pastItsLimitTextGoesInlineSoTheSharedStringsStayBounded() {
        XlsxWorkbook workbook = new XlsxWorkbook(new ByteArrayOutputStream());
        for (int i = 0; i < XlsxWorkbook.LARGEST_SHARED; i++) {
            assertThat(workbook.share("text " + i)).isTrue();
        }
        assertThat(workbook.share("one more")).isFalse();
        assertThat(workbook.share("text 7")).as("a text already shared stays shared").isTrue();
    }
}
