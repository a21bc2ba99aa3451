package org.yjinspect.export.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.yjinspect.export.ExportReading;
import org.yjinspect.export.domain.Cell;
import org.yjinspect.export.domain.Column;

class CsvTableTest {
    static final List<String> HOSTILE = List.of("=HYPERLINK(\"http://evil.example\",\"click\")", "+SUM(1,2)", "-2+3",
            "@cmd|' /C calc'!A0", "\"quoted\", with a comma", "two\nlines\r\nand CRLF", "Zoë, Siân, 東京 🙂",
            "'already an apostrophe", "   spaces kept   ");

    @Test
    void hostileTextSurvivesAsTextAndNoCellStartsAFormula() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CsvTable table = CsvTable.on(out);
        table.header(List.of(Column.of("note", Column.Kind.AUDIT, "text", "a note")));
        HOSTILE.forEach(text -> table.row(List.of(Cell.text(text))));
        table.finish();

        List<List<String>> rows = ExportReading.csv(out.toByteArray());
        assertThat(rows.subList(1, rows.size()).stream().map(r -> r.get(0)).toList()).isEqualTo(HOSTILE);
        String raw = new String(out.toByteArray(), StandardCharsets.UTF_8);
        assertThat(raw).contains("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\")\"").contains("'+SUM(1,2)")
                .contains("'-2+3").contains("'@cmd").doesNotContain("\r\n=").doesNotContain("\r\n+");
    }

    @Test
    void cellsAreWrittenAsTheirKindAndRowsEndInCrlf() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CsvTable table = CsvTable.on(out);
        table.header(List.of(Column.of("a", Column.Kind.AUDIT, "", ""), Column.of("b", Column.Kind.AUDIT, "", ""),
                Column.of("c", Column.Kind.AUDIT, "", "")));
        table.row(List.of(Cell.number(42), Cell.moment(Instant.parse("2024-11-05T10:15:30.700Z")), Cell.EMPTY));
        table.finish();
        assertThat(new String(out.toByteArray(), StandardCharsets.UTF_8))
                .isEqualTo("\uFEFFa,b,c\r\n42,2024-11-05 10:15:30,\r\n");
    }
}
