package org.yjinspect.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.yjinspect.Application;
import org.yjinspect.assessment.domain.AssessedCase;
import org.yjinspect.assessment.app.CaseRef;
import org.yjinspect.assessment.domain.CaseRecords;
import org.yjinspect.assessment.app.SavePromptAnswerCommand;
import org.yjinspect.audit.app.AuditQuery;
import org.yjinspect.records.app.StaleRecord;
import org.yjinspect.records.domain.Actor;
import org.yjinspect.audit.domain.AuditEntry;
import org.yjinspect.framework.domain.CaseType;
import org.yjinspect.platform.db.EmbeddedPostgresExtension;
import org.yjinspect.platform.db.TestDatabase;
import org.yjinspect.support.SampledInspection;

/**
 * Fifty inspectors autosaving at once: half on the same two prompts of one case (they conflict),
 * half on prompts of their own (on one shared case and on separate cases; they must never
 * conflict). Afterwards every acknowledged save is stored and audited, each revision of each
 * record was acknowledged to exactly one writer, and every refused save left no trace.
 */
@ExtendWith(EmbeddedPostgresExtension.class)
class ConcurrentAnswersTest {
    private static final int THREADS = 50;
    private static final int SAVES_PER_THREAD = 30;
    private static final List<String> PROMPTS = List.of("2.1.desistance.a", "2.1.desistance.b", "2.1.desistance.c",
            "2.1.desistance.d", "2.1.desistance.e", "2.1.desistance.f", "2.1.desistance.g", "2.1.child-safety.a",
            "2.1.child-safety.b", "2.1.child-safety.c", "2.1.others-safety.a", "2.1.others-safety.b",
            "2.1.others-safety.c");
    private static Application app;
    private static SampledInspection inspection;

    /** A save that was acknowledged: which record, the revision it got, the answer it stored. */
    record Ack(long sampleCaseId, String promptId, int revision, String answer, String actor) {
    }

    /** Which record a thread writes to. */
    record Target(AssessedCase assessedCase, String promptId, boolean contended) {
    }

    @BeforeAll
    static void open(TestDatabase db) {
        app = Application.open(db.config());
        inspection = SampledInspection.create(app, "2021", 61, 800, 16, 0);
    }

    @AfterAll
    static void close() {
        app.close();
    }

    @Test
    void everyAcknowledgedSaveIsKeptEveryConflictIsRefusedAndNoneIsLost() throws Exception {
        long seed = Long.getLong("yjinspect.seed", System.nanoTime());
        System.out.println("ConcurrentAnswersTest seed " + seed + " (-Dyjinspect.seed=" + seed + " repeats it)");
        List<AssessedCase> court = inspection.ofType(CaseType.COURT_DISPOSAL);
        List<Target> targets = targets(court);
        List<Ack> acks = Collections.synchronizedList(new ArrayList<>());
        Map<String, AtomicInteger> refused = new ConcurrentHashMap<>();
        AtomicInteger uncontendedConflicts = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            Target target = targets.get(t);
            Actor actor = new Actor("inspector-" + t);
            SplittableRandom random = new SplittableRandom(seed + t);
            done.add(pool.submit(() -> {
                start.await();
                autosave(target, actor, random, acks, refused, uncontendedConflicts);
                return null;
            }));
        }
        start.countDown();
        for (Future<?> f : done) {
            f.get(120, TimeUnit.SECONDS);
        }
        pool.shutdown();

        assertThat(uncontendedConflicts).as("saves to different records never conflict").hasValue(0);
        assertThat(refused.values().stream().mapToInt(AtomicInteger::get).sum()).as("contended saves conflicted")
                .isPositive();
        Map<String, List<Ack>> byRecord = acks.stream().collect(Collectors.groupingBy(a -> a.sampleCaseId() + "/" + a.promptId()));
        for (List<Ack> recordAcks : byRecord.values()) {
            Ack first = recordAcks.get(0);
            List<Integer> revisions = recordAcks.stream().map(Ack::revision).sorted().toList();
            assertThat(revisions).as("each revision acknowledged to exactly one writer")
                    .isEqualTo(java.util.stream.IntStream.rangeClosed(1, revisions.size()).boxed().toList());
            Ack last = recordAcks.stream().max(java.util.Comparator.comparingInt(Ack::revision)).orElseThrow();
            CaseRecords.PromptAnswerRecord stored = stored(first.sampleCaseId(), first.promptId());
            assertThat(stored.revision()).isEqualTo(last.revision());
            assertThat(stored.answer().name()).isEqualTo(last.answer());
            assertThat(stored.updatedBy()).isEqualTo(last.actor());
            List<AuditEntry> trail = app.audit().entries(new AuditQuery(inspection.id(), reference(first), null, 0, 5000))
                    .stream().filter(e -> e.record().equals(first.promptId())).toList();
            assertThat(trail).extracting(AuditEntry::newValue, AuditEntry::actor).as("the audit trail is every acknowledged save, in order")
                    .containsExactlyElementsOf(recordAcks.stream().sorted(java.util.Comparator.comparingInt(Ack::revision))
                            .map(a -> org.assertj.core.groups.Tuple.tuple(a.answer(), a.actor())).toList());
        }
        for (AssessedCase c : court) {
            List<AuditEntry> started = app.audit().entries(new AuditQuery(inspection.id(), c.reference(), null, 0, 5000))
                    .stream().filter(e -> e.field().equals("status")).toList();
            boolean written = acks.stream().anyMatch(a -> a.sampleCaseId() == c.sampleCaseId());
            assertThat(started).as("a case is started once, by its first save").hasSize(written ? 1 : 0);
        }
    }

    /** Threads 0-24 share two prompts of one case; 25-37 take their own prompt of one case; 38-49 their own case. */
    private static List<Target> targets(List<AssessedCase> court) {
        List<Target> targets = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            if (t < 25) {
                targets.add(new Target(court.get(0), PROMPTS.get(t % 2), true));
            } else if (t < 38) {
                targets.add(new Target(court.get(1), PROMPTS.get(t - 25), false));
            } else {
                targets.add(new Target(court.get(2 + (t - 38)), PROMPTS.get(0), false));
            }
        }
        return targets;
    }

    /** Saves like an autosaving form: flips the answer it last saw, from the revision it last saw. */
    private static void autosave(Target target, Actor actor, SplittableRandom random, List<Ack> acks,
                                 Map<String, AtomicInteger> refused, AtomicInteger uncontendedConflicts) {
        int revision = 0;
        String seen = null;
        for (int i = 0; i < SAVES_PER_THREAD; i++) {
            String answer = "YES".equals(seen) ? "NO" : seen == null && random.nextBoolean() ? "NO" : "YES";
            CaseRef ref = new CaseRef(inspection.id(), target.assessedCase().sampleCaseId(), revision, actor);
            try {
                CaseRecords.PromptAnswerRecord saved = app.assessments().savePrompt(
                        new SavePromptAnswerCommand(ref, target.promptId(), answer)).saved();
                acks.add(new Ack(saved.sampleCaseId(), saved.promptId(), saved.revision(), saved.answer().name(),
                        actor.name()));
                revision = saved.revision();
                seen = saved.answer().name();
            } catch (StaleRecord stale) {
                if (!target.contended()) {
                    uncontendedConflicts.incrementAndGet();
                }
                refused.computeIfAbsent(target.promptId(), k -> new AtomicInteger()).incrementAndGet();
                CaseRecords.PromptAnswerRecord current = (CaseRecords.PromptAnswerRecord) stale.current();
                revision = current == null ? 0 : current.revision();
                seen = current == null || current.answer() == null ? null : current.answer().name();
            }
        }
    }

    private static CaseRecords.PromptAnswerRecord stored(long sampleCaseId, String promptId) {
        return app.assessments().show(inspection.id(), sampleCaseId).standards().stream()
                .flatMap(s -> s.keyQuestions().stream()).flatMap(k -> k.prompts().stream())
                .filter(p -> p.id().equals(promptId)).findFirst().orElseThrow().answer();
    }

    private static String reference(Ack ack) {
        return inspection.cases().stream().filter(c -> c.sampleCaseId() == ack.sampleCaseId()).findFirst()
                .orElseThrow().reference();
    }
}
