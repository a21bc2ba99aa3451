package org.yjinspect.caseload.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.yjinspect.caseload.domain.CaseRecord;
import org.yjinspect.caseload.domain.Ethnicity;
import org.yjinspect.caseload.domain.ParsedCaseload;
import org.yjinspect.caseload.domain.RiskLevel;
import org.yjinspect.caseload.domain.RowError;
import org.yjinspect.caseload.synthetic.SyntheticCaseload;
import org.yjinspect.framework.domain.CaseType;
import org.yjinspect.platform.problem.Problem;

class CaseloadCsvReaderTest {
    private static final String HEADER = "case_reference,case_type,disposal_type,disposal_start_date,release_date,"
            + "gender,ethnicity,date_of_birth,age,rosh,safety_wellbeing,case_manager\n";
    private final CaseloadCsvReader reader = new CaseloadCsvReader();

    @Test
    void readsASpreadsheetExportWithByteOrderMarkSemicolonsAndQuotedFields() {
        String csv = "\uFEFFCase Reference;Case Type;Disposal Type;Disposal Start Date;Gender;Ethnicity;Age;RoSH;"
                + "Safety_Wellbeing;Case Manager\r\n"
                + "YJ-001;Court;\"Referral order\";15/03/2024;Female;\"Black, Black British, Caribbean or African\";15;"
                + "\"Very high\";medium;\"A. O'Neill\"\r\n"
                + "YJ-002;out of court;YCC;2024-06-01;m;white;14;low;low;CM2\r\n";
        ParsedCaseload parsed = read(csv);
        assertThat(parsed.errors()).isEmpty();
        CaseRecord first = parsed.records().get(0);
        assertThat(first.disposalStart()).isEqualTo(LocalDate.of(2024, 3, 15));
        assertThat(first.ethnicity()).isEqualTo(Ethnicity.BLACK);
        assertThat(first.rosh()).isEqualTo(RiskLevel.VERY_HIGH);
        assertThat(first.caseManager()).isEqualTo("A. O'Neill");
        assertThat(parsed.records().get(1).caseType()).isEqualTo(CaseType.OUT_OF_COURT_DISPOSAL);
    }

    @Test
    void anUnknownColumnRefusesTheWholeFileSoNoNamesSlipIn() {
        String csv = HEADER.replace("\n", ",child_name\n") + "YJ-1,court,yro,2024-01-01,,male,white,,15,low,low,CM1,Jo\n";
        assertThatThrownBy(() -> read(csv)).isInstanceOf(Problem.class)
                .hasMessageContaining("line 1 (header)").hasMessageContaining("\"child_name\" is not an accepted column")
                .hasMessageContaining("Nothing was imported");
    }

    @Test
    void missingAndRepeatedColumnsAreNamed() {
        assertThatThrownBy(() -> read("case_reference,case_type,case_type\nX1,court,court\n"))
                .isInstanceOf(Problem.class).hasMessageContaining("appears twice")
                .hasMessageContaining("required column rosh is missing")
                .hasMessageContaining("date_of_birth or an age column is required");
    }

    @Test
    void everyErrorInEveryRowIsReportedWithLineColumnAndValue() {
        String csv = HEADER
                + "YJ-1,court,referral_order,2024-01-01,,male,white,,15,low,low,CM1\n"
                + "YJ-2,court,youth_caution,2024-13-01,,boy,white,,15,extreme,low,CM1\n"
                + "Jane Smith,court,yro,2024-01-01,,male,white,,15,low,low,CM1\n"
                + "YJ-4,court,yro,2024-01-01,,male,white,,,low,low,CM1\n";
        ParsedCaseload parsed = read(csv);
        assertThat(parsed.records()).hasSize(1);
        assertThat(parsed.errors()).extracting(RowError::line, RowError::column, RowError::value).containsExactly(
                org.assertj.core.groups.Tuple.tuple(3L, "disposal_start_date", "2024-13-01"),
                org.assertj.core.groups.Tuple.tuple(3L, "rosh", "extreme"),
                org.assertj.core.groups.Tuple.tuple(4L, "case_reference", "Jane Smith"),
                org.assertj.core.groups.Tuple.tuple(5L, "date_of_birth", ""));
        assertThat(parsed.invalidRows()).isEqualTo(3);
        assertThat(parsed.errors().get(0).toString()).startsWith("line 3, column disposal_start_date, value \"2024-13-01\"");
    }

    @Test
    void aCrossFieldMistakeIsPinnedToItsColumn() {
        ParsedCaseload parsed = read(HEADER + "YJ-9,out_of_court,referral_order,2024-01-01,,male,white,,15,low,low,CM1\n");
        assertThat(parsed.errors()).singleElement().satisfies(e -> {
            assertThat(e.column()).isEqualTo("disposal_type");
            assertThat(e.message()).contains("not a disposal for a out_of_court case");
        });
    }

    @Test
    void aRepeatedCaseReferenceNamesTheFirstLine() {
        String row = "YJ-1,court,yro,2024-01-01,,male,white,,15,low,low,CM1\n";
        assertThat(read(HEADER + row + row).errors()).singleElement()
                .satisfies(e -> assertThat(e.toString()).contains("line 3", "same case reference is on line 2"));
    }

    @Test
    void aRowWithTheWrongNumberOfFieldsIsAnError() {
        assertThat(read(HEADER + "YJ-1,court,yro\n").errors()).singleElement()
                .satisfies(e -> assertThat(e.message()).contains("has 3 fields but the header has 12"));
    }

    @Test
    void hostileValuesAreShownWithoutControlCharactersAndCutShort() {
        String hostile = "\u001b[31m" + "x".repeat(100);
        ParsedCaseload parsed = read(HEADER + "YJ-1,court,yro,2024-01-01,,male,white,,15,\"" + hostile + "\",low,CM1\n");
        assertThat(parsed.errors().get(0).value()).doesNotContain("\u001b").hasSizeLessThan(50).endsWith("...");
    }

    @Test
    void anEmptyFileOrOneWithOnlyAByteOrderMarkIsRefused() {
        assertThatThrownBy(() -> read("")).isInstanceOf(Problem.class).hasMessageContaining("empty");
        assertThatThrownBy(() -> read("\uFEFF")).isInstanceOf(Problem.class).hasMessageContaining("empty");
    }

    @Test
    void aFileThatIsNotUtf8IsRefused() {
        byte[] latin1 = (HEADER + "YJ-1,court,yro,2024-01-01,,male,white,,15,low,low,Zo\u00eb\n")
                .getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> reader.read("export.csv", latin1)).isInstanceOf(Problem.class)
                .hasMessageContaining("export.csv: not UTF-8");
    }

    @Test
    void whatTheWriterWritesTheReaderReadsBack() {
        List<CaseRecord> cases = new SyntheticCaseload(7, LocalDate.of(2024, 10, 1)).cases(500);
        StringWriter out = new StringWriter();
        new CaseloadCsvWriter().write(cases, out);
        ParsedCaseload parsed = read(out.toString());
        assertThat(parsed.errors()).isEmpty();
        assertThat(parsed.records()).isEqualTo(cases);
    }

    private ParsedCaseload read(String csv) {
        return reader.read("caseload.csv", csv.getBytes(StandardCharsets.UTF_8));
    }
}
