package org.yjinspect.caseload.csv;

import de.siegmar.fastcsv.writer.CsvWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.yjinspect.caseload.domain.CaseField;
import org.yjinspect.caseload.domain.CaseRecord;
import org.yjinspect.caseload.domain.CaseTypes;

/** Writes cases in the export format the reader accepts (all columns, codes, ISO dates). */
public final class CaseloadCsvWriter {

    public void write(List<CaseRecord> cases, Writer out) {
        CsvWriter csv = CsvWriter.builder().build(out);
        csv.writeRecord(Arrays.stream(CaseField.values()).map(CaseField::column).toList());
        for (CaseRecord c : cases) {
            csv.writeRecord(c.reference(), CaseTypes.code(c.caseType()), c.disposalType().code(),
                    c.disposalStart().toString(), text(c.releaseDate()), c.gender().code(), c.ethnicity().code(),
                    text(c.dateOfBirth()), text(c.age()), c.rosh().code(), c.safetyWellbeing().code(),
                    c.caseManager());
        }
        try {
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String text(Object value) {
        return Objects.toString(value, "");
    }
}
