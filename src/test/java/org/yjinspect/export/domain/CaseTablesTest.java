package org.yjinspect.export.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.yjinspect.framework.domain.Framework;
import org.yjinspect.framework.domain.FrameworkVersion;
import org.yjinspect.framework.domain.KeyQuestion;
import org.yjinspect.framework.domain.Standard;
import org.yjinspect.framework.resource.FrameworkCatalogue;

class CaseTablesTest {
    private static final Framework FRAMEWORK = FrameworkCatalogue.load(FrameworkVersion.V2021);
    private final CaseTables tables = new CaseTables(FRAMEWORK);

    @Test
    void theWideLayoutHasTheCaseFactsThenEveryKeyQuestionAndPromptInTheCataloguesOrder() {
        List<String> expected = new ArrayList<>(CaseFacts.COLUMNS.stream().map(Column::name).toList());
        for (Standard standard : FRAMEWORK.standards()) {
            for (KeyQuestion kq : standard.caseBased() ? standard.keyQuestions() : List.<KeyQuestion>of()) {
                expected.add(kq.id());
                kq.prompts().forEach(p -> expected.add(p.id()));
            }
        }
        assertThat(tables.columns(CaseLayout.WIDE).stream().map(Column::name).toList()).isEqualTo(expected);
        assertThat(expected).doesNotHaveDuplicates().contains("2.1.desistance", "2.1.desistance.a", "3.1.desistance");
    }

    @Test
    void anAnswerColumnCarriesTheCataloguesWordingAndTheAnswersItAllows() {
        Column prompt = column("2.1.child-safety.c");
        assertThat(prompt.wording()).isEqualTo(FRAMEWORK.standard("2.1").orElseThrow().keyQuestions().get(1)
                .prompts().get(2).text());
        assertThat(prompt.values()).startsWith("yes, no, not_applicable;");
        assertThat(column("2.1.child-safety.a").values()).startsWith("yes, no;");
        assertThat(column("2.1.desistance").values()).startsWith("yes, no;");
        assertThat(FRAMEWORK.standard("2.1").orElseThrow().keyQuestions().stream()
                .filter(kq -> kq.appliesTo() != org.yjinspect.framework.domain.Applicability.ALL_CASES)
                .map(kq -> column(kq.id()).values())).allMatch(v -> v.startsWith("yes, no, not_relevant;"));
    }

    @Test
    void aCaseIsOneWideRowWithItsAnswersUnderTheirItemsAndBlankWhereNoneIsStored() {
        ExportedCase c = courtCase(List.of(answer("2.1.desistance.b", "no"), answer("2.1.desistance", "yes")));
        List<Cell> row = tables.wideRow(c);
        List<String> names = tables.columns(CaseLayout.WIDE).stream().map(Column::name).toList();
        assertThat(row).hasSize(names.size());
        assertThat(row.get(names.indexOf("2.1.desistance"))).isEqualTo(Cell.text("yes"));
        assertThat(row.get(names.indexOf("2.1.desistance.b"))).isEqualTo(Cell.text("no"));
        assertThat(row.get(names.indexOf("2.1.desistance.a"))).isEqualTo(Cell.EMPTY);
        assertThat(row.get(names.indexOf("assessment_status"))).isEqualTo(Cell.text("in_progress"));
    }

    @Test
    void theLongLayoutHasOneRowPerStoredAnswerInTheCataloguesOrder() {
        ExportedCase c = courtCase(List.of(answer("2.2.desistance.a", "yes"), answer("2.1.desistance.b", "no"),
                answer("2.1.desistance", "yes")));
        List<List<Cell>> rows = tables.longRows(c);
        int item = tables.columns(CaseLayout.LONG).stream().map(Column::name).toList().indexOf("item_id");
        assertThat(rows.stream().map(r -> r.get(item))).containsExactly(Cell.text("2.1.desistance"),
                Cell.text("2.1.desistance.b"), Cell.text("2.2.desistance.a"));
        int wording = tables.columns(CaseLayout.LONG).stream().map(Column::name).toList().indexOf("wording");
        assertThat(rows.get(0).get(wording)).isEqualTo(Cell.text(
                FRAMEWORK.standard("2.1").orElseThrow().keyQuestions().get(0).text()));
    }

    @Test
    void theDictionaryNamesEveryColumnOfEveryExport() {
        List<List<Cell>> rows = DataDictionary.rows(tables);
        List<String> described = rows.stream().map(r -> ((Cell.Text) r.get(0)).text() + "/" + ((Cell.Text) r.get(1)).text())
                .toList();
        tables.columns(CaseLayout.WIDE).forEach(c -> assertThat(described).contains(DataDictionary.WIDE + "/" + c.name()));
        tables.columns(CaseLayout.LONG).forEach(c -> assertThat(described).contains(DataDictionary.LONG + "/" + c.name()));
        AuditTable.COLUMNS.forEach(c -> assertThat(described).contains(DataDictionary.AUDIT + "/" + c.name()));
        assertThat(rows).allMatch(r -> r.size() == DataDictionary.COLUMNS.size());
    }

    private Column column(String name) {
        return tables.columns(CaseLayout.WIDE).stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }

    private static StoredAnswer answer(String item, String answer) {
        String[] parts = item.split("\\.");
        String kq = parts[0] + "." + parts[1] + "." + parts[2];
        return new StoredAnswer(parts[0] + "." + parts[1], item, kq, parts.length == 3, answer, "amira",
                Instant.parse("2024-11-05T10:15:30Z"));
    }

    private static ExportedCase courtCase(List<StoredAnswer> answers) {
        return new ExportedCase(7, "CASE-7", "court", "referral_order", "selected", "draw", "low", "medium", null,
                null, null, null, "in_progress", answers);
    }
}
