package org.yjinspect.recommendation.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.yjinspect.Application;
import org.yjinspect.audit.app.AuditQuery;
import org.yjinspect.audit.domain.AuditEntry;
import org.yjinspect.panel.app.PublishCommand;
import org.yjinspect.platform.db.EmbeddedPostgresExtension;
import org.yjinspect.platform.problem.Problem;
import org.yjinspect.recommendation.app.AddRecommendationCommand;
import org.yjinspect.recommendation.app.ChangeRecommendationCommand;
import org.yjinspect.recommendation.app.MoveRecommendationCommand;
import org.yjinspect.recommendation.app.RecommendationLine;
import org.yjinspect.recommendation.domain.Recommendation;
import org.yjinspect.records.app.InspectionLocked;
import org.yjinspect.records.app.StaleRecord;
import org.yjinspect.records.domain.Actor;
import org.yjinspect.support.Fixtures;
import org.yjinspect.support.Publishing;
import org.yjinspect.support.SampledInspection;

/** Recommendations stored in PostgreSQL through the use cases: ordered, versioned, audited, locked once published. */
@ExtendWith(EmbeddedPostgresExtension.class)
class JdbiRecommendationRecordsTest {
    private static final Actor LEAD = new Actor("lowri");
    private static final String BOARD = "The YJS management board should";
    private static final String HEAD = "The head of service should";
    private static Application app;

    @BeforeAll
    static void open(Application opened) {
        app = opened;
    }

    private static RecommendationLine add(long inspection, String addressee, String text) {
        return app.recommendations().add(new AddRecommendationCommand(inspection, addressee, text, LEAD));
    }

    private static List<String> listed(long inspection) {
        return app.recommendations().of(inspection).stream().map(r -> r.position() + " " + r.addressee() + ": "
                + r.text()).toList();
    }

    @Test
    void recommendationsAreListedByAddresseeInTheOrderOfTheirFirstAndNumberedAcrossThem() {
        long id = Fixtures.createInspection(app, "2021").id();
        assertThat(app.recommendations().of(id)).isEmpty();
        add(id, BOARD, "ensure there is sufficient victim staff resource");
        RecommendationLine contingency = add(id, HEAD, "improve contingency planning");
        add(id, "the YJS management board should", "monitor disproportionate outcomes");
        assertThat(listed(id)).containsExactly("1 " + BOARD + ": ensure there is sufficient victim staff resource",
                "2 " + BOARD + ": monitor disproportionate outcomes", "3 " + HEAD + ": improve contingency planning");
        assertThat(contingency.recommendation().position()).as("as it stood when added").isEqualTo(2);
        assertThat(contingency.revision()).isEqualTo(1);

        app.recommendations().move(new MoveRecommendationCommand(id, contingency.recommendation().id(), 1, LEAD));
        assertThat(listed(id)).containsExactly("1 " + HEAD + ": improve contingency planning",
                "2 " + BOARD + ": ensure there is sufficient victim staff resource",
                "3 " + BOARD + ": monitor disproportionate outcomes");
        assertThat(app.recommendations().lines(id).get(0).revision()).as("moving does not change the words' revision")
                .isEqualTo(1);
    }

    @Test
    void aChangeIsMadeFromItsRevisionAndARemovedOneLeavesNoGap() {
        long id = Fixtures.createInspection(app, "2021").id();
        RecommendationLine first = add(id, BOARD, "first");
        add(id, BOARD, "second");
        long firstId = first.recommendation().id();
        RecommendationLine changed = app.recommendations().change(new ChangeRecommendationCommand(id, firstId, 1, HEAD,
                "first, reworded", LEAD));
        assertThat(changed.revision()).isEqualTo(2);
        assertThat(changed.recommendation()).isEqualTo(new Recommendation(firstId, HEAD, 2, "first, reworded"));
        assertThatThrownBy(() -> app.recommendations().change(new ChangeRecommendationCommand(id, firstId, 1, HEAD,
                "stale words", LEAD))).isInstanceOf(StaleRecord.class).hasMessageContaining("lowri")
                .hasMessageContaining("revision 2");

        List<Recommendation> left = app.recommendations().remove(id, app.recommendations().of(id).get(0).id(), LEAD);
        assertThat(left).containsExactly(new Recommendation(firstId, HEAD, 1, "first, reworded"));
        assertThatThrownBy(() -> app.recommendations().remove(id, 987654, LEAD)).isInstanceOf(Problem.class)
                .hasMessageContaining("no recommendation 987654");
        long other = Fixtures.createInspection(app, "2021").id();
        assertThatThrownBy(() -> app.recommendations().move(new MoveRecommendationCommand(other, firstId, 1, LEAD)))
                .as("another inspection's recommendation is not found here").hasMessageContaining("no recommendation");
    }

    @Test
    void everyChangeIsInTheAuditTrailWithItsActor() {
        long id = Fixtures.createInspection(app, "2021").id();
        long r = add(id, BOARD, "<b>ensure</b> '; drop table inspection; --").recommendation().id();
        app.recommendations().change(new ChangeRecommendationCommand(id, r, 1, BOARD, "ensure", LEAD));
        app.recommendations().remove(id, r, LEAD);
        List<AuditEntry> entries = app.audit().entries(new AuditQuery(id, null, null, 0, 500)).stream()
                .filter(e -> e.entity().equals("recommendation")).toList();
        assertThat(entries).extracting(e -> e.field() + "=" + e.newValue()).containsExactly(
                "addressee=" + BOARD, "text=<b>ensure</b> '; drop table inspection; --", "position=1", "text=ensure",
                "removed=true", "position=null");
        assertThat(entries).allMatch(e -> e.actor().equals("lowri") && e.record().equals(String.valueOf(r)));
    }

    @Test
    void changesMadeAtTheSameMomentNeverNumberTheListFromTheSameReading() {
        long id = Fixtures.createInspection(app, "2021").id();
        List<CompletableFuture<RecommendationLine>> adds = IntStream.range(0, 8).mapToObj(i ->
                CompletableFuture.supplyAsync(() -> add(id, i % 2 == 0 ? BOARD : HEAD, "recommendation " + i))).toList();
        adds.forEach(CompletableFuture::join);
        assertThat(app.recommendations().of(id)).extracting(Recommendation::position)
                .containsExactly(1, 2, 3, 4, 5, 6, 7, 8);
    }

    @Test
    void aPublishedInspectionsRecommendationsAreLocked() {
        SampledInspection s = SampledInspection.create(app, "2021", 41, 300, 3, 0);
        long r = add(s.id(), BOARD, "keep going").recommendation().id();
        Publishing.readyToPublish(app, s, Fixtures.SET_UP);
        app.panel().publish(new PublishCommand(s.id(), app.panel().show(s.id()).state().revision(), Fixtures.SET_UP));
        assertThatThrownBy(() -> add(s.id(), BOARD, "too late")).isInstanceOf(InspectionLocked.class)
                .hasMessageContaining("published");
        assertThatThrownBy(() -> app.recommendations().change(new ChangeRecommendationCommand(s.id(), r, 1, BOARD, "x",
                LEAD))).isInstanceOf(InspectionLocked.class);
        assertThatThrownBy(() -> app.recommendations().move(new MoveRecommendationCommand(s.id(), r, 1, LEAD)))
                .isInstanceOf(InspectionLocked.class);
        assertThatThrownBy(() -> app.recommendations().remove(s.id(), r, LEAD)).isInstanceOf(InspectionLocked.class);
        assertThat(app.recommendations().of(s.id())).extracting(Recommendation::text).containsExactly("keep going");
    }

    @Test
    void anInspectionThatDoesNotExistIsNotFound() {
        assertThatThrownBy(() -> app.recommendations().of(987654)).isInstanceOf(Problem.class)
                .hasMessageContaining("987654");
        assertThatThrownBy(() -> add(987654, BOARD, "x")).isInstanceOf(Problem.class).hasMessageContaining("987654");
    }
}
