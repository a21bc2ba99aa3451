package org.yjinspect.library.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.yjinspect.export.ExportReading;
import org.yjinspect.export.file.ExportFile;
import org.yjinspect.export.file.ExportFormat;
import org.yjinspect.framework.resource.FrameworkCatalogue;
import org.yjinspect.library.LibrarySamples;
import org.yjinspect.library.domain.LibraryInspection;

/** The library's export, read back as a spreadsheet program would: one row per inspection, versions never mixed. */
class LibraryExportTest {
    private static final LibraryInspection RECENT = LibrarySamples.of2021("Anytown Youth Justice Service", "2022-02", 58)
            .kept(1, null);
    private static final LibraryInspection OLDER = LibrarySamples.of2018("=Elsewhere YOT", "2019-05").kept(2, null);
    private final LibraryExport export = new LibraryExport(new LibraryReader() {
        @Override
        public List<LibraryInspection> all() {
            return List.of(RECENT, OLDER);
        }

        @Override
        public Optional<LibraryInspection> find(long id) {
            return Optional.empty();
        }
    }, v -> Optional.of(FrameworkCatalogue.load(v)));

    private static byte[] bytes(ExportFile file) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        file.writeTo(out);
        return out.toByteArray();
    }

    @Test
    void oneRowPerInspectionWithRatingsAsWordsAndTheTwo34sApart() {
        List<List<String>> rows = ExportReading.csv(bytes(export.file(ExportFormat.CSV)));
        List<String> header = rows.get(0);
        Map<String, String> recent = row(header, rows.get(1));
        Map<String, String> older = row(header, rows.get(2));

        assertThat(header).startsWith("service", "service_key", "published", "framework_version", "score", "max_score",
                "overall_rating").endsWith("cases_court", "cases_out_of_court", "cases_resettlement")
                .contains("standard_3.4_2018_rating", "standard_3.4_2021_rating", "standard_4.1_rating",
                        "kq_3.4.joint-decisions_percent").doesNotContain("standard_3.4_rating");
        assertThat(header.indexOf("standard_2.4_rating")).isLessThan(header.indexOf("standard_3.1_rating"));
        assertThat(recent).containsEntry("published", "2022-02").containsEntry("score", "24")
                .containsEntry("overall_rating", "Good").containsEntry("standard_2.2_rating", "Requires improvement")
                .containsEntry("standard_4.1_rating", "Good").containsEntry("cases_out_of_court", "8")
                .containsEntry("kq_2.2.child-safety_percent", "").containsEntry("warnings", "1");
        assertThat(new String(bytes(export.file(ExportFormat.CSV)), java.nio.charset.StandardCharsets.UTF_8))
                .as("the formula guard").contains("\r\n'=Elsewhere YOT,");
        assertThat(older).containsEntry("service", "=Elsewhere YOT").containsEntry("score", "")
                .containsEntry("standard_2.1_rating", "Inadequate").containsEntry("standard_3.4_2018_rating", "")
                .containsEntry("standard_3.4_2021_rating", "").containsEntry("standard_4.1_rating", "")
                .containsEntry("cases_court", "");
    }

    @Test
    void keyQuestionsGiveTheirPercentAndTheRelevantCasesOnlyWhereCounted() {
        List<List<String>> rows = ExportReading.csv(bytes(export.file(ExportFormat.CSV)));
        Map<String, String> recent = row(rows.get(0), rows.get(1));
        Map<String, String> older = row(rows.get(0), rows.get(2));

        assertThat(recent).containsEntry("kq_2.1.desistance_percent", "80").containsEntry("kq_2.1.desistance_n", "");
        assertThat(older).containsEntry("kq_2.1.desistance_percent", "75").containsEntry("kq_2.1.desistance_n", "8")
                .containsEntry("kq_2.1.child-safety_percent", "").containsEntry("kq_2.1.child-safety_n", "");
    }

    @Test
    void theSpreadsheetHoldsTheSameRowsAndADictionaryOfEveryColumn() {
        Map<String, List<List<String>>> sheets = ExportReading.xlsx(bytes(export.file(ExportFormat.XLSX)));
        List<List<String>> csv = ExportReading.csv(bytes(export.file(ExportFormat.CSV)));

        assertThat(sheets.get(LibraryExport.SHEET).get(0)).isEqualTo(csv.get(0));
        assertThat(sheets.get(LibraryExport.SHEET).get(2).get(0)).isEqualTo("=Elsewhere YOT");
        List<List<String>> dictionary = sheets.get(LibraryExport.DICTIONARY_SHEET);
        assertThat(dictionary).hasSize(csv.get(0).size() + 1);
        assertThat(dictionary.stream().map(r -> r.get(1)).toList().subList(1, dictionary.size())).isEqualTo(csv.get(0));
        assertThat(dictionary.stream().filter(r -> r.get(1).equals("standard_3.4_2018_rating")).findFirst().orElseThrow()
                .get(7)).contains("3.4 Joint working (2018 framework only)");
    }

    private static Map<String, String> row(List<String> header, List<String> cells) {
        Map<String, String> row = new java.util.LinkedHashMap<>();
        for (int c = 0; c < header.size(); c++) {
            row.put(header.get(c), c < cells.size() ? cells.get(c) : "");
        }
        return row;
    }
}
