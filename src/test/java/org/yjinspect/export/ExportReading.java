package org.yjinspect.export;

import static org.assertj.core.api.Assertions.assertThat;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.yjinspect.export.csv.CsvTable;
import org.yjinspect.export.domain.FormulaGuard;
import org.yjinspect.export.file.ExportFile;

/**
 * Reads exports back as an analyst's tools would: CSV with FastCSV (the byte order mark checked
 * and taken off, each cell's formula guard undone), XLSX with Apache POI, a real spreadsheet
 * reader. Both come back as rows of text, the header first, so the two can be compared cell by cell.
 */
public final class ExportReading {
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private ExportReading() {
    }

    public static byte[] bytes(ExportFile file) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        file.writeTo(out);
        return out.toByteArray();
    }

    /** The CSV's rows, each cell as stored (the apostrophe of the formula guard taken off). */
    public static List<List<String>> csv(byte[] bytes) {
        assertThat(Arrays.copyOf(bytes, 3)).as("UTF-8 byte order mark").isEqualTo(CsvTable.BYTE_ORDER_MARK);
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        List<List<String>> rows = new ArrayList<>();
        for (CsvRecord record : CsvReader.builder().ofCsvRecord(text)) {
            rows.add(record.getFields().stream().map(FormulaGuard::restored).toList());
        }
        return rows;
    }

    /** Each sheet's rows by sheet name, in order; a cell that is a formula fails the reading. */
    public static Map<String, List<List<String>>> xlsx(byte[] bytes) {
        Map<String, List<List<String>>> sheets = new LinkedHashMap<>();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            for (Sheet sheet : workbook) {
                sheets.put(sheet.getSheetName(), rows(sheet));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sheets;
    }

    private static List<List<String>> rows(Sheet sheet) {
        List<List<String>> rows = new ArrayList<>();
        int width = sheet.getRow(0).getLastCellNum();
        for (Row row : sheet) {
            List<String> cells = new ArrayList<>();
            for (int c = 0; c < width; c++) {
                cells.add(text(row.getCell(c)));
            }
            rows.add(cells);
        }
        return rows;
    }

    private static String text(Cell cell) {
        if (cell == null || cell.getCellType() == CellType.BLANK) {
            return "";
        }
        assertThat(cell.getCellType()).as("cell %s", cell.getAddress()).isNotEqualTo(CellType.FORMULA);
        if (cell.getCellType() == CellType.NUMERIC) {
            if (DateUtil.isCellDateFormatted(cell)) {
                LocalDateTime moment = cell.getLocalDateTimeCellValue();
                return MOMENT.format(moment.withNano(0).plusSeconds(moment.getNano() >= 500_000_000 ? 1 : 0));
            }
            double value = cell.getNumericCellValue();
            assertThat(value).as("cell %s is a whole number", cell.getAddress()).isEqualTo(Math.rint(value));
            return Long.toString((long) value);
        }
        return cell.getStringCellValue();
    }
}
