package org.yjinspect.caseload.csv;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.yjinspect.caseload.domain.CaseField;
import org.yjinspect.caseload.domain.CaseFieldRules;
import org.yjinspect.caseload.domain.CaseRecord;
import org.yjinspect.caseload.domain.DisposalType;
import org.yjinspect.caseload.domain.Ethnicity;
import org.yjinspect.caseload.domain.Gender;
import org.yjinspect.caseload.domain.InvalidCaseField;
import org.yjinspect.caseload.domain.ParsedCaseload;
import org.yjinspect.caseload.domain.RiskLevel;
import org.yjinspect.caseload.domain.RowError;
import org.yjinspect.framework.domain.CaseType;

/**
 * Turns one row into a case, checking every field so that one pass reports all of a row's
 * errors, not just the first; cross-field rules are checked once every field reads.
 */
final class CaseRowReader {
    private final CsvHeader header;

    CaseRowReader(CsvHeader header) {
        this.header = header;
    }

    Optional<ParsedCaseload.LineCase> read(long line, List<String> row, List<RowError> errors) {
        if (row.size() != header.width()) {
            errors.add(RowError.of(line, "(row)", String.valueOf(row.size()),
                    "has " + row.size() + " fields but the header has " + header.width()));
            return Optional.empty();
        }
        Fields f = new Fields(line, row, errors);
        String reference = f.get(CaseField.CASE_REFERENCE, () -> CaseFieldRules.reference(raw(row, CaseField.CASE_REFERENCE)));
        CaseType type = f.get(CaseField.CASE_TYPE, () -> CaseFieldRules.caseType(raw(row, CaseField.CASE_TYPE)));
        DisposalType disposal = f.term(CaseField.DISPOSAL_TYPE, DisposalType.class);
        LocalDate start = f.get(CaseField.DISPOSAL_START_DATE,
                () -> CaseFieldRules.date(CaseField.DISPOSAL_START_DATE, raw(row, CaseField.DISPOSAL_START_DATE)));
        LocalDate release = f.get(CaseField.RELEASE_DATE,
                () -> CaseFieldRules.optionalDate(CaseField.RELEASE_DATE, raw(row, CaseField.RELEASE_DATE)));
        Gender gender = f.term(CaseField.GENDER, Gender.class);
        Ethnicity ethnicity = f.term(CaseField.ETHNICITY, Ethnicity.class);
        LocalDate birth = f.get(CaseField.DATE_OF_BIRTH,
                () -> CaseFieldRules.optionalDate(CaseField.DATE_OF_BIRTH, raw(row, CaseField.DATE_OF_BIRTH)));
        Integer age = f.get(CaseField.AGE, () -> CaseFieldRules.optionalAge(raw(row, CaseField.AGE)));
        RiskLevel rosh = f.term(CaseField.ROSH, RiskLevel.class);
        RiskLevel wellbeing = f.term(CaseField.SAFETY_WELLBEING, RiskLevel.class);
        String manager = f.get(CaseField.CASE_MANAGER, () -> CaseFieldRules.caseManager(raw(row, CaseField.CASE_MANAGER)));
        if (f.failed) {
            return Optional.empty();
        }
        ParsedCaseload.LineCase read = f.get(null, () -> new ParsedCaseload.LineCase(line, new CaseRecord(reference,
                type, disposal, start, release, gender, ethnicity, birth, age, rosh, wellbeing, manager)));
        return Optional.ofNullable(read);
    }

    private String raw(List<String> row, CaseField field) {
        return header.value(row, field);
    }

    /** Reads fields one by one, recording each failure against its column. */
    private final class Fields {
        private final long line;
        private final List<String> row;
        private final List<RowError> errors;
        private boolean failed;

        Fields(long line, List<String> row, List<RowError> errors) {
            this.line = line;
            this.row = row;
            this.errors = errors;
        }

        <E extends Enum<E> & org.yjinspect.caseload.domain.Vocabulary.Term> E term(CaseField field, Class<E> type) {
            return get(field, () -> CaseFieldRules.term(field, type, raw(row, field)));
        }

        <T> T get(CaseField field, Supplier<T> reading) {
            try {
                return reading.get();
            } catch (InvalidCaseField e) {
                failed = true;
                errors.add(RowError.of(line, e.field().column(), raw(row, e.field()), e.getMessage()));
                return null;
            }
        }
    }
}
