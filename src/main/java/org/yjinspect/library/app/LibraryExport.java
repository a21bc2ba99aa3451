package org.yjinspect.library.app;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.yjinspect.export.app.Table;
import org.yjinspect.export.csv.CsvTable;
import org.yjinspect.export.domain.Cell;
import org.yjinspect.export.domain.Column;
import org.yjinspect.export.domain.DataDictionary;
import org.yjinspect.export.file.ExportFile;
import org.yjinspect.export.file.ExportFormat;
import org.yjinspect.export.xlsx.XlsxWorkbook;
import org.yjinspect.framework.domain.Framework;
import org.yjinspect.framework.domain.FrameworkVersion;
import org.yjinspect.library.domain.LibraryColumns;
import org.yjinspect.library.domain.LibraryColumns.LibraryColumn;
import org.yjinspect.library.domain.LibraryInspection;

/**
 * The library as one table, one row per inspection ({@link LibraryColumns}), with the export
 * feature's writers: CSV (byte order mark, formula guard) or an XLSX workbook whose second sheet
 * is the data dictionary describing every column.
 */
public final class LibraryExport {
    public static final String SHEET = "Library";
    public static final String DICTIONARY_SHEET = "Data dictionary";
    private static final String EXPORT = "library";
    private final LibraryReader library;
    private final Function<FrameworkVersion, Optional<Framework>> catalogue;

    public LibraryExport(LibraryReader library, Function<FrameworkVersion, Optional<Framework>> catalogue) {
        this.library = library;
        this.catalogue = catalogue;
    }

    public ExportFile file(ExportFormat format) {
        List<LibraryColumn> columns = columns();
        List<LibraryInspection> inspections = library.all();
        if (format == ExportFormat.XLSX) {
            return new ExportFile("library.xlsx", XlsxWorkbook.CONTENT_TYPE, (OutputStream out) -> {
                XlsxWorkbook workbook = new XlsxWorkbook(out);
                write(columns, inspections, workbook.sheet(SHEET));
                dictionary(columns, workbook.sheet(DICTIONARY_SHEET));
                workbook.finish();
            });
        }
        return new ExportFile("library.csv", CsvTable.CONTENT_TYPE, (OutputStream out) -> {
            CsvTable table = CsvTable.on(out);
            write(columns, inspections, table);
            table.finish();
        });
    }

    /** Every column's name, what it may hold and what it means, as the case exports' dictionary lays it out. */
    public void dictionary(Table table) {
        dictionary(columns(), table);
    }

    public List<Column> header() {
        return columns().stream().map(LibraryColumn::column).toList();
    }

    private List<LibraryColumn> columns() {
        List<Framework> frameworks = new ArrayList<>();
        Arrays.stream(FrameworkVersion.values()).forEach(v -> catalogue.apply(v).ifPresent(frameworks::add));
        return LibraryColumns.of(frameworks);
    }

    private static void write(List<LibraryColumn> columns, List<LibraryInspection> inspections, Table table) {
        table.header(columns.stream().map(LibraryColumn::column).toList());
        for (LibraryInspection inspection : inspections) {
            table.row(columns.stream().map(c -> c.cell().apply(inspection)).toList());
        }
    }

    private static void dictionary(List<LibraryColumn> columns, Table table) {
        table.header(DataDictionary.COLUMNS);
        for (LibraryColumn c : columns) {
            Column column = c.column();
            table.row(List.<Cell>of(Cell.text(EXPORT), Cell.text(column.name()), Cell.text(column.kind().word()),
                    Cell.text(column.standard()), Cell.text(column.keyQuestionId()), Cell.text(column.wording()),
                    Cell.text(column.values()), Cell.text(column.meaning())));
        }
    }
}
