package org.yjinspect.export.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.yjinspect.Application;
import org.yjinspect.assessment.app.CaseViews;
import org.yjinspect.assessment.app.SaveJudgementCommand;
import org.yjinspect.assessment.app.SaveKeyQuestionAnswerCommand;
import org.yjinspect.assessment.app.SavePromptAnswerCommand;
import org.yjinspect.assessment.domain.AssessedCase;
import org.yjinspect.assessment.domain.KeyQuestionTally;
import org.yjinspect.export.ExportReading;
import org.yjinspect.export.domain.CaseLayout;
import org.yjinspect.export.file.ExportFiles;
import org.yjinspect.export.file.ExportFormat;
import org.yjinspect.framework.domain.Applicability;
import org.yjinspect.framework.domain.CaseType;
import org.yjinspect.platform.db.EmbeddedPostgresExtension;
import org.yjinspect.platform.problem.Problem;
import org.yjinspect.rating.domain.KeyQuestionFigure;
import org.yjinspect.records.domain.Actor;
import org.yjinspect.sampling.app.ReplaceSampledCaseCommand;
import org.yjinspect.support.Answering;
import org.yjinspect.support.SampledInspection;

/**
 * The case-level exports of a stored inspection with answers of every kind (yes, no, not
 * applicable, not relevant, none, a replaced case's), read back with a CSV reader and a real
 * spreadsheet reader: the same answers as stored, the same key question figures as the live
 * ratings count, and the layouts and formats agreeing with each other.
 */
@ExtendWith(EmbeddedPostgresExtension.class)
class CaseExportsTest {
    private static final Actor AMIRA = new Actor("amira");
    private static Application app;
    private static SampledInspection s;
    private static ExportFiles files;
    private static AssessedCase replaced;

    @BeforeAll
    static void answer(Application application) {
        app = application;
        s = SampledInspection.create(app, "2021", 41, 400, 6, 2);
        files = new ExportFiles(app.exports());
        long seed = 20241105L;
        System.out.println("CaseExportsTest answers with seed " + seed);
        SplittableRandom random = new SplittableRandom(seed);
        List<AssessedCase> assessed = new ArrayList<>(s.ofType(CaseType.COURT_DISPOSAL));
        assessed.addAll(s.ofType(CaseType.OUT_OF_COURT_DISPOSAL));
        Answering.complete(app, s.id(), assessed.get(0), "yes", AMIRA);
        for (AssessedCase c : assessed.subList(1, assessed.size() - 1)) {
            answerSome(c, random);
        }
        app.assessments().saveJudgement(new SaveJudgementCommand(Answering.ref(s.id(), assessed.get(1), 0, AMIRA),
                "high", false, "low", true));
        replaced = assessed.get(assessed.size() - 1);
        answerSome(replaced, random);
        app.samples().replace(new ReplaceSampledCaseCommand(s.id(), replaced.reference(), "case file unavailable", AMIRA));
    }

    /** Each prompt and key question answered at random with an answer the catalogue allows, or left unanswered. */
    private static void answerSome(AssessedCase c, SplittableRandom random) {
        CaseViews.CaseAssessment form = app.assessments().show(s.id(), c.sampleCaseId());
        for (CaseViews.StandardForm standard : form.standards()) {
            for (CaseViews.KeyQuestionForm kq : standard.keyQuestions()) {
                for (CaseViews.PromptForm prompt : kq.prompts()) {
                    String answer = pick(random, prompt.notApplicableAllowed() ? "not_applicable" : null);
                    if (answer != null) {
                        app.assessments().savePrompt(new SavePromptAnswerCommand(Answering.ref(s.id(), c, 0, AMIRA),
                                prompt.id(), answer));
                    }
                }
                boolean yccOnly = kq.appliesTo() == Applicability.YOUTH_CONDITIONAL_CAUTIONS;
                String answer = yccOnly && !c.youthConditionalCaution() ? "not_relevant"
                        : pick(random, kq.appliesTo() == Applicability.ALL_CASES || yccOnly ? null : "not_relevant");
                if (answer != null) {
                    app.assessments().saveKeyQuestion(new SaveKeyQuestionAnswerCommand(Answering.ref(s.id(), c, 0,
                            AMIRA), kq.id(), answer));
                }
            }
        }
    }

    private static String pick(SplittableRandom random, String other) {
        int roll = random.nextInt(other == null ? 3 : 4);
        return roll == 0 ? "yes" : roll == 1 ? "no" : roll == 2 ? null : other;
    }

    @Test
    void theWideCsvHoldsEveryCaseWithExactlyTheAnswersStoredForIt() {
        List<List<String>> wide = ExportReading.csv(ExportReading.bytes(files.cases(s.id(), CaseLayout.WIDE,
                ExportFormat.CSV)));
        List<String> header = wide.get(0);
        Map<String, List<String>> rows = byCase(wide);
        assertThat(rows.keySet()).hasSize(app.assessments().list(s.id()).size());
        for (CaseViews.CaseSummary summary : app.assessments().list(s.id())) {
            AssessedCase c = summary.assessedCase();
            List<String> row = rows.get(String.valueOf(c.sampleCaseId()));
            assertThat(row.get(header.indexOf("case_reference"))).isEqualTo(c.reference());
            assertThat(row.get(header.indexOf("sample_status"))).isEqualTo(c.selected() ? "selected" : "replaced");
            assertThat(row.get(header.indexOf("assessment_status")))
                    .isEqualTo(summary.status().status().name().toLowerCase(Locale.ROOT));
            Map<String, String> stored = stored(c);
            for (int i = header.indexOf("assessment_status") + 1; i < header.size(); i++) {
                assertThat(row.get(i)).as("case %s, %s", c.reference(), header.get(i))
                        .isEqualTo(stored.getOrDefault(header.get(i), ""));
            }
        }
        List<String> judged = rows.values().stream().filter(r -> r.get(header.indexOf("inspector_rosh")).equals("high"))
                .findFirst().orElseThrow();
        assertThat(judged.get(header.indexOf("inspector_rosh_agrees"))).isEqualTo("no");
        assertThat(judged.get(header.indexOf("inspector_safety_wellbeing"))).isEqualTo("low");
        assertThat(judged.get(header.indexOf("inspector_safety_wellbeing_agrees"))).isEqualTo("yes");
        assertThat(rows.get(String.valueOf(replaced.sampleCaseId())).get(header.indexOf("sample_status")))
                .isEqualTo("replaced");
    }

    @Test
    void theKeyQuestionFiguresCountedFromTheExportAreTheOnesTheLiveRatingsUse() {
        List<List<String>> wide = ExportReading.csv(ExportReading.bytes(files.cases(s.id(), CaseLayout.WIDE,
                ExportFormat.CSV)));
        List<String> header = wide.get(0);
        var judgements = app.ratings().rate(s.id()).judgements();
        int checked = 0;
        for (String keyQuestionId : judgements.byKeyQuestion().keySet()) {
            int column = header.indexOf(keyQuestionId);
            int yes = 0;
            int relevant = 0;
            for (List<String> row : wide.subList(1, wide.size())) {
                if (row.get(header.indexOf("sample_status")).equals("selected")) {
                    yes += row.get(column).equals("yes") ? 1 : 0;
                    relevant += row.get(column).equals("yes") || row.get(column).equals("no") ? 1 : 0;
                }
            }
            KeyQuestionFigure figure = KeyQuestionTally.tally(keyQuestionId, judgements.of(keyQuestionId));
            assertThat(yes).as("%s yes", keyQuestionId).isEqualTo(figure.yes());
            assertThat(relevant).as("%s relevant", keyQuestionId).isEqualTo(figure.relevant());
            checked += relevant;
        }
        assertThat(checked).as("key question judgements compared").isGreaterThan(20);
    }

    @Test
    void theLongLayoutHoldsOneRowPerStoredAnswerAgreeingWithTheWideOne() {
        List<List<String>> wide = ExportReading.csv(ExportReading.bytes(files.cases(s.id(), CaseLayout.WIDE,
                ExportFormat.CSV)));
        List<List<String>> longRows = ExportReading.csv(ExportReading.bytes(files.cases(s.id(), CaseLayout.LONG,
                ExportFormat.CSV)));
        List<String> header = longRows.get(0);
        assertThat(header).containsExactly("sample_case_id", "case_reference", "case_type", "sample_status", "standard",
                "item_kind", "item_id", "key_question_id", "wording", "answer", "answered_by", "answered_at_utc");
        Set<String> fromWide = new HashSet<>();
        List<String> wideHeader = wide.get(0);
        for (List<String> row : wide.subList(1, wide.size())) {
            for (int i = wideHeader.indexOf("assessment_status") + 1; i < row.size(); i++) {
                if (!row.get(i).isEmpty()) {
                    fromWide.add(row.get(0) + " " + wideHeader.get(i) + " " + row.get(i));
                }
            }
        }
        List<String> fromLong = longRows.subList(1, longRows.size()).stream()
                .map(r -> r.get(0) + " " + r.get(6) + " " + r.get(9)).toList();
        assertThat(fromLong).doesNotHaveDuplicates();
        assertThat(new HashSet<>(fromLong)).isEqualTo(fromWide);
        assertThat(longRows.subList(1, longRows.size())).allSatisfy(r -> {
            assertThat(r.get(10)).isEqualTo("amira");
            assertThat(r.get(11)).matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d");
            assertThat(r.get(5)).isEqualTo(r.get(6).equals(r.get(7)) ? "key_question" : "prompt");
        });
        Map<String, String> wording = new HashMap<>();
        List<List<String>> dictionary = ExportReading.csv(ExportReading.bytes(files.dictionary(s.id(), ExportFormat.CSV)));
        dictionary.forEach(r -> wording.put(r.get(1), r.get(5)));
        assertThat(longRows.subList(1, longRows.size())).allMatch(r -> r.get(8).equals(wording.get(r.get(6))));
    }

    @Test
    void theWorkbookHoldsTheSameRowsAsTheCsvFilesReadWithARealSpreadsheetReader() {
        Map<String, List<List<String>>> sheets = ExportReading.xlsx(ExportReading.bytes(files.cases(s.id(),
                CaseLayout.WIDE, ExportFormat.XLSX)));
        assertThat(sheets.keySet()).containsExactly(CaseExports.WIDE_SHEET, CaseExports.LONG_SHEET,
                CaseExports.DICTIONARY_SHEET);
        assertThat(sheets.get(CaseExports.WIDE_SHEET)).isEqualTo(ExportReading.csv(ExportReading.bytes(
                files.cases(s.id(), CaseLayout.WIDE, ExportFormat.CSV))));
        assertThat(sheets.get(CaseExports.LONG_SHEET)).isEqualTo(ExportReading.csv(ExportReading.bytes(
                files.cases(s.id(), CaseLayout.LONG, ExportFormat.CSV))));
        assertThat(sheets.get(CaseExports.DICTIONARY_SHEET)).isEqualTo(ExportReading.csv(ExportReading.bytes(
                files.dictionary(s.id(), ExportFormat.CSV))));
    }

    @Test
    void theDictionaryDescribesEveryColumnOfTheFilesActuallyWritten() {
        List<List<String>> dictionary = ExportReading.csv(ExportReading.bytes(files.dictionary(s.id(), ExportFormat.CSV)));
        Set<String> described = new HashSet<>();
        dictionary.subList(1, dictionary.size()).forEach(r -> described.add(r.get(0) + "/" + r.get(1)));
        ExportReading.csv(ExportReading.bytes(files.cases(s.id(), CaseLayout.WIDE, ExportFormat.CSV))).get(0)
                .forEach(c -> assertThat(described).contains("cases wide/" + c));
        ExportReading.csv(ExportReading.bytes(files.cases(s.id(), CaseLayout.LONG, ExportFormat.CSV))).get(0)
                .forEach(c -> assertThat(described).contains("cases long/" + c));
        ExportReading.csv(ExportReading.bytes(files.audit(s.id(), ExportFormat.CSV))).get(0)
                .forEach(c -> assertThat(described).contains("audit/" + c));
        assertThat(dictionary.stream().filter(r -> r.get(1).equals("2.1.child-safety.c")).findFirst().orElseThrow()
                .get(6)).startsWith("yes, no, not_applicable");
    }

    @Test
    void aMissingInspectionIsRefusedBeforeAnythingIsWritten() {
        assertThatThrownBy(() -> files.cases(987654, CaseLayout.WIDE, ExportFormat.XLSX))
                .isInstanceOf(Problem.class).hasMessage("there is no inspection 987654");
        assertThatThrownBy(() -> files.audit(987654, ExportFormat.CSV)).isInstanceOf(Problem.class);
        assertThatThrownBy(() -> files.audit(s.id(), ExportFormat.XLSX)).isInstanceOf(Problem.class)
                .hasMessageContaining("CSV only");
    }

    /** What the case's form says is stored, by item id, in the export's words. */
    private static Map<String, String> stored(AssessedCase c) {
        Map<String, String> answers = new HashMap<>();
        for (CaseViews.StandardForm standard : app.assessments().show(s.id(), c.sampleCaseId()).standards()) {
            for (CaseViews.KeyQuestionForm kq : standard.keyQuestions()) {
                if (kq.answer().answer() != null) {
                    answers.put(kq.id(), kq.answer().answer().name().toLowerCase(Locale.ROOT));
                }
                kq.prompts().stream().filter(p -> p.answer().answer() != null)
                        .forEach(p -> answers.put(p.id(), p.answer().answer().name().toLowerCase(Locale.ROOT)));
            }
        }
        return answers;
    }

    private static Map<String, List<String>> byCase(List<List<String>> wide) {
        Map<String, List<String>> rows = new HashMap<>();
        wide.subList(1, wide.size()).forEach(r -> rows.put(r.get(0), r));
        return rows;
    }
}
