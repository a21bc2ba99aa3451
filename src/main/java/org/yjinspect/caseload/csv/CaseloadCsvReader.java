package org.yjinspect.caseload.csv;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.yjinspect.caseload.domain.ParsedCaseload;
import org.yjinspect.caseload.domain.RowError;
import org.yjinspect.platform.problem.Problem;

/**
 * Reads a caseload exported by a case management system: UTF-8 with or without a byte order
 * mark, comma- or semicolon-separated (whichever the header uses), fields optionally quoted.
 * Every row is checked and every error kept with its line, column and value; whether to store
 * anything is the import's decision, not the reader's.
 */
public final class CaseloadCsvReader {
    public static final int MAX_BYTES = 64 * 1024 * 1024;
    public static final int MAX_ROWS = 250_000;

    public ParsedCaseload read(String source, byte[] content) {
        Problem.require(content.length <= MAX_BYTES, source + ": larger than 64 MB; is this a caseload export?");
        String text = decode(source, content);
        Problem.require(!text.isBlank(), source + ": the file is empty");
        char separator = Separator.detect(text);
        CsvReader<CsvRecord> csv = CsvReader.builder().fieldSeparator(separator).detectBomHeader(true)
                .skipEmptyLines(true).allowExtraFields(true).allowMissingFields(true)
                .ofCsvRecord(new ByteArrayInputStream(content), StandardCharsets.UTF_8);
        try (csv) {
            return readRows(source, csv.iterator());
        } catch (CsvParseException e) {
            throw Problem.invalid(source + ": not a readable CSV file (" + RowError.shown(rootMessage(e)) + ")");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ParsedCaseload readRows(String source, Iterator<CsvRecord> rows) {
        Problem.require(rows.hasNext(), source + ": the file is empty");
        CsvHeader header = CsvHeader.read(source, rows.next().getFields());
        CaseRowReader rowReader = new CaseRowReader(header);
        List<ParsedCaseload.LineCase> cases = new ArrayList<>();
        List<RowError> errors = new ArrayList<>();
        Map<String, Long> firstLineOf = new HashMap<>();
        int count = 0;
        while (rows.hasNext()) {
            CsvRecord row = rows.next();
            Problem.require(++count <= MAX_ROWS, source + ": more than " + MAX_ROWS + " rows; nothing was imported");
            rowReader.read(row.getStartingLineNumber(), row.getFields(), errors).ifPresent(c -> {
                Long first = firstLineOf.putIfAbsent(c.record().reference(), c.line());
                if (first == null) {
                    cases.add(c);
                } else {
                    errors.add(RowError.of(c.line(), "case_reference", c.record().reference(),
                            "the same case reference is on line " + first));
                }
            });
        }
        return new ParsedCaseload(source, count, cases, errors);
    }

    private static String decode(String source, byte[] content) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            throw Problem.invalid(source + ": not UTF-8 text; save the export as \"CSV UTF-8\" and try again");
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause.getMessage() == null ? e.getMessage() : cause.getMessage();
    }
}
