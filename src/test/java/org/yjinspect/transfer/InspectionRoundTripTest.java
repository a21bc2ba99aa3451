package org.yjinspect.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.yjinspect.Application;
import org.yjinspect.audit.domain.AuditEntry;
import org.yjinspect.organisation.app.RecordRef;
import org.yjinspect.organisation.domain.SurveyResult;
import org.yjinspect.panel.app.PublishCommand;
import org.yjinspect.platform.db.EmbeddedPostgresExtension;
import org.yjinspect.platform.json.Json;
import org.yjinspect.records.app.InspectionLocked;
import org.yjinspect.support.Publishing;
import org.yjinspect.support.SampledInspection;
import org.yjinspect.transfer.app.ImportedInspection;

/**
 * An inspection exported and imported again is the same inspection: the same ratings from the
 * rating engine, the same case records, answers, judgements, evidence, organisational evidence,
 * panel decisions and audit history, apart from ids; led by the importer, with the import's own
 * entries after the source's history; the report's recommendations and entered figures as the
 * editor left them, and the findings. A file from before those sections imports with none. A published one arrives
 * published and locked.
 */
@ExtendWith(EmbeddedPostgresExtension.class)
class InspectionRoundTripTest {
    private static Application app;

    @BeforeAll
    static void open(Application opened) {
        app = opened;
    }

    @Test
    void aPartlyAssessedInspectionComesBackWithTheSameRatingsAndRecords() {
        SampledInspection source = TransferScene.build(app, "2021", 71, new SplittableRandom(71));
        byte[] file = Transfers.export(app, source.id());

        ImportedInspection imported = Transfers.importAs(app, file, "Importer");

        JsonNode document = Transfers.records(file);
        for (String section : List.of("caseload", "sampleCases", "promptAnswers", "keyQuestionAnswers", "evidence",
                "caseStatuses", "judgements", "qualitativeEvidence", "staffSurvey", "meetings", "recommendations",
                "contextualFigures", "findings", "auditTrail")) {
            assertThat(document.get(section)).as(section).isNotEmpty();
        }
        assertThat(document.get("recommendations").findValuesAsText("removed")).contains("true", "false");
        assertThat(document.get("findings").findValuesAsText("removed")).contains("true", "false");
        assertThat(imported.inspectionId()).isNotEqualTo(source.id());
        assertThat(imported.sourceInspectionId()).isEqualTo(source.id());
        assertThat(imported.published()).isFalse();
        Transfers.assertSame(app, source.id(), imported.inspectionId(), file);
        assertThat(recommendations(imported.inspectionId())).isNotEmpty().isEqualTo(recommendations(source.id()));
        assertThat(figures(imported.inspectionId())).isNotEmpty().isEqualTo(figures(source.id()));
        assertThat(app.findings().of(imported.inspectionId())).extracting(f -> f.domain() + " " + f.kind() + " "
                + f.position() + " " + f.text()).isNotEmpty().isEqualTo(app.findings().of(source.id()).stream()
                .map(f -> f.domain() + " " + f.kind() + " " + f.position() + " " + f.text()).toList());
        assertThat(app.team().team(imported.inspectionId())).extracting(m -> m.username() + " " + m.role())
                .containsExactly("importer LEAD_INSPECTOR");
        assertThat(app.team().allocations(imported.inspectionId())).isEmpty();
    }

    @Test
    void aFileFromBeforeTheRecommendationsFiguresAndFindingsImportsWithNone() {
        SampledInspection source = SampledInspection.create(app, "2018", 75, 300, 3, 1);
        ObjectNode older = (ObjectNode) Transfers.tree(Transfers.export(app, source.id()));
        older.remove(List.of("recommendations", "contextualFigures", "findings"));

        long copy = Transfers.importAs(app, Json.write(older).getBytes(StandardCharsets.UTF_8), "Importer")
                .inspectionId();

        assertThat(app.recommendations().lines(copy)).isEmpty();
        assertThat(app.contextualFacts().of(copy).figures()).isEmpty();
        assertThat(app.findings().lines(copy)).isEmpty();
        assertThat(Transfers.ratings(app, copy)).isEqualTo(Transfers.ratings(app, source.id()));
        assertThat(Transfers.cases(app, copy)).isEqualTo(Transfers.cases(app, source.id()));
        assertThat(Transfers.reportInputs(app, copy)).isEqualTo(Transfers.reportInputs(app, source.id()));
        assertThat(Transfers.tree(Transfers.export(app, copy)).get("recommendations")).isEmpty();
    }

    @Test
    void theImportSaysWhereItCameFromAfterTheSourcesHistory() {
        SampledInspection source = TransferScene.build(app, "2018", 72, new SplittableRandom(72));
        byte[] file = Transfers.export(app, source.id());
        long id = Transfers.importAs(app, file, "Importer").inspectionId();

        List<AuditEntry> before = Transfers.audit(app, source.id());
        List<AuditEntry> after = Transfers.audit(app, id);
        List<AuditEntry> added = after.subList(before.size(), after.size());
        assertThat(added).extracting(AuditEntry::field).containsExactly("imported_from", "role", "source_team",
                "allocations_not_carried");
        assertThat(added.get(0).newValue()).startsWith("file mock.json (inspection " + source.id() + " exported by yjinspect")
                .endsWith("by importer");
        assertThat(added.get(2).newValue()).contains("transfer-lead (LEAD_INSPECTOR)")
                .contains("transfer-inspector (INSPECTOR)");
        assertThat(added).allMatch(e -> e.actor().equals("importer"));
    }

    @Test
    void aPublishedInspectionArrivesPublishedAndLocked() {
        SampledInspection source = SampledInspection.create(app, "2021", 73, 300, 3, 1);
        TransferScene.reportInputs(app, source.id(), new SplittableRandom(73));
        Publishing.readyToPublish(app, source, TransferScene.LEAD);
        app.panel().publish(new PublishCommand(source.id(), app.panel().show(source.id()).state().revision(),
                TransferScene.LEAD));
        byte[] file = Transfers.export(app, source.id());

        ImportedInspection imported = Transfers.importAs(app, file, "Importer");

        assertThat(imported.published()).isTrue();
        var state = app.panel().show(imported.inspectionId()).state();
        assertThat(state.publishedAt()).isEqualTo(app.panel().show(source.id()).state().publishedAt());
        assertThat(state.publishedBy()).isEqualTo("lead inspector");
        Transfers.assertSame(app, source.id(), imported.inspectionId(), file);
        assertThatThrownBy(() -> app.organisation().addSurveyResult(new RecordRef(imported.inspectionId(), 0,
                TransferScene.LEAD), new SurveyResult("I feel supported", 3, java.math.BigDecimal.TEN)))
                .isInstanceOf(InspectionLocked.class);
        assertThat(Transfers.audit(app, imported.inspectionId())).last().extracting(AuditEntry::field)
                .isEqualTo("imported_as_published");
    }

    /** The recommendations as the editor lists them: place, addressee, words, revision, who and when. */
    private static List<String> recommendations(long id) {
        return app.recommendations().lines(id).stream().map(l -> l.recommendation().position() + " "
                + l.recommendation().addressee() + ": " + l.recommendation().text() + " (revision " + l.revision()
                + ", " + l.updatedBy() + ", " + l.updatedAt() + ")").toList();
    }

    private static List<String> figures(long id) {
        return app.contextualFacts().of(id).figures().stream().map(f -> f.label() + " = " + f.value() + " ("
                + f.source() + ")").toList();
    }
}
