package org.yjinspect.assessment.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yjinspect.platform.json.Json;
import org.yjinspect.support.CommandRun;
import org.yjinspect.support.Fixtures;
import org.yjinspect.support.Http;
import org.yjinspect.support.ServerProcess;
import org.yjinspect.support.Slow;

/**
 * The server is killed with SIGKILL in the middle of a stream of saves, then started again on
 * the same data directory: every acknowledged save is there, an unacknowledged one is either
 * wholly there or wholly absent, and no record exists without its audit entry (or the reverse).
 * The saves go as the inspection's lead with a personal access token made on the command line.
 */
@Slow
class CrashDuringSavesTest {
    private static final int WRITERS = 6;
    /** Creates the inspection, so leads it, and makes every save (a lead may assess any case). */
    private static final String LEAD = "crash-lead";
    private static final List<String> PROMPTS = List.of("2.1.desistance.a", "2.1.desistance.b", "2.1.desistance.c",
            "2.1.desistance.d", "2.1.child-safety.a", "2.1.child-safety.b", "2.1.others-safety.a");

    private static final AtomicInteger COMMITTED_UNACKNOWLEDGED = new AtomicInteger();

    /** The last acknowledged save of a record, and the one in flight when the server died. */
    record Saved(int revision, String value) {
    }

    @Test
    void everyAcknowledgedSaveSurvivesAKillAndNothingIsHalfWritten(@TempDir Path temp) throws Exception {
        Path data = temp.resolve("pgdata");
        Path log = temp.resolve("server.log");
        Map<String, Saved> acknowledged = new ConcurrentHashMap<>();
        Map<String, Saved> inFlight = new ConcurrentHashMap<>();
        long inspection;
        List<Long> cases;
        String token = leadToken(data);
        try (ServerProcess first = ServerProcess.start(data, log)) {
            Http http = new Http(first.url(), name -> token);
            inspection = setUp(http);
            cases = courtCases(http, inspection);
            AtomicBoolean running = new AtomicBoolean(true);
            AtomicInteger acks = new AtomicInteger();
            List<Thread> writers = new ArrayList<>();
            for (int w = 0; w < WRITERS; w++) {
                long sampleCase = cases.get(w);
                Http writerHttp = new Http(first.url(), name -> token);
                Thread writer = new Thread(() -> stream(writerHttp, inspection, sampleCase, running, acknowledged,
                        inFlight, acks), "writer-" + w);
                writers.add(writer);
                writer.start();
            }
            long deadline = System.nanoTime() + 30_000_000_000L;
            while (acks.get() < 240 && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            first.kill();
            running.set(false);
            for (Thread writer : writers) {
                writer.join(30_000);
            }
            System.out.println("CrashDuringSavesTest: " + acks.get() + " saves acknowledged before the kill");
            assertThat(acks.get()).isGreaterThanOrEqualTo(100);
        }

        try (ServerProcess second = ServerProcess.start(data, log)) {
            Http http = new Http(second.url(), name -> token).as(LEAD);
            for (long sampleCase : cases.subList(0, WRITERS)) {
                JsonNode form = http.get("/api/inspections/" + inspection + "/assessments/" + sampleCase).body();
                JsonNode audit = http.get("/api/inspections/" + inspection + "/audit?limit=5000").body().get("entries");
                for (JsonNode kq : form.at("/standards/0/keyQuestions")) {
                    for (JsonNode prompt : kq.get("prompts")) {
                        check(sampleCase + "/" + prompt.get("id").asText(), prompt.get("answer"), "answer", audit,
                                sampleCase, prompt.get("id").asText(), acknowledged, inFlight);
                    }
                    check(sampleCase + "/" + kq.get("id").asText() + "/evidence", kq.get("evidence"), "note", audit,
                            sampleCase, kq.get("id").asText(), acknowledged, inFlight);
                }
            }
            second.stop();
        }
        System.out.println("CrashDuringSavesTest: " + inFlight.size() + " saves in flight at the kill, "
                + COMMITTED_UNACKNOWLEDGED.get() + " of them committed (wholly) without an acknowledgement");
        assertThat(ServerProcess.postgresServing(data)).as("no PostgreSQL left running").isEmpty();
        assertThat(Files.readString(log)).doesNotContain("internal error");
    }

    /** Stored revision is the last acknowledged one, or one more when the save in flight committed. */
    private static void check(String key, JsonNode stored, String field, JsonNode audit, long sampleCase, String record,
                              Map<String, Saved> acknowledged, Map<String, Saved> inFlight) {
        int revision = stored.get("revision").asInt();
        String value = stored.get(field).isNull() ? null
                : field.equals("answer") ? stored.get(field).asText().toUpperCase() : stored.get(field).asText();
        Saved ack = acknowledged.get(key);
        Saved pending = inFlight.get(key);
        int acked = ack == null ? 0 : ack.revision();
        if (revision == acked) {
            assertThat(value).as(key).isEqualTo(ack == null ? (field.equals("note") ? "" : null) : ack.value());
        } else {
            assertThat(revision).as(key + " is the acknowledged revision or the one in flight").isEqualTo(acked + 1);
            assertThat(pending).as(key).isNotNull();
            assertThat(value).as(key).isEqualTo(pending.value());
            COMMITTED_UNACKNOWLEDGED.incrementAndGet();
        }
        List<JsonNode> entries = new ArrayList<>();
        audit.forEach(e -> {
            if (e.get("sampleCaseId").asLong() == sampleCase && e.get("record").asText().equals(record)
                    && e.get("field").asText().equals(field)) {
                entries.add(e);
            }
        });
        assertThat(entries).as(key + ": one audit entry per stored revision, no more, no fewer").hasSize(revision);
        if (revision > 0) {
            assertThat(entries.get(entries.size() - 1).get("newValue").asText()).isEqualTo(value);
        }
    }

    /** One writer: cycles through its case's prompts and evidence, flipping answers, until the server dies. */
    private static void stream(Http http, long inspection, long sampleCase, AtomicBoolean running,
                               Map<String, Saved> acknowledged, Map<String, Saved> inFlight, AtomicInteger acks) {
        String base = "/api/inspections/" + inspection + "/assessments/" + sampleCase;
        for (int i = 0; running.get(); i++) {
            boolean evidence = i % 4 == 3;
            String record = evidence ? PROMPTS.get(i % PROMPTS.size()).replaceAll("\\.[a-z]$", "") : PROMPTS.get(i % PROMPTS.size());
            String key = sampleCase + "/" + record + (evidence ? "/evidence" : "");
            Saved last = acknowledged.getOrDefault(key, new Saved(0, null));
            String value = evidence ? ("Note " + i + " on case " + sampleCase + ": ").repeat(40)
                    : "YES".equals(last.value()) ? "NO" : "YES";
            String path = evidence ? base + "/key-questions/" + record + "/evidence" : base + "/prompts/" + record;
            String body = evidence ? "{\"note\": " + Json.write(value) + ", \"baseRevision\": " + last.revision() + "}"
                    : "{\"answer\": \"" + value + "\", \"baseRevision\": " + last.revision() + "}";
            inFlight.put(key, new Saved(last.revision() + 1, evidence ? value.strip() : value));
            try {
                Http.Answer answer = http.send("PUT", path, body, LEAD);
                if (answer.status() != 200) {
                    throw new AssertionError("save refused: " + answer.raw());
                }
                JsonNode saved = answer.body().get("saved");
                acknowledged.put(key, new Saved(saved.get("revision").asInt(),
                        evidence ? saved.get("note").asText() : saved.get("answer").asText().toUpperCase()));
                inFlight.remove(key);
                acks.incrementAndGet();
            } catch (java.io.IOException e) {
                return;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (Exception e) {
                if (running.get()) {
                    throw new IllegalStateException(e);
                }
                return;
            }
        }
    }

    /**
     * The lead's account and a personal access token, made on the data directory with the command
     * line before any server runs (the embedded database serves one process at a time).
     */
    private static String leadToken(Path data) {
        CommandRun.account(LEAD, "--data-dir", data.toString());
        CommandRun created = CommandRun.of("token", "create", "--user", LEAD, "--name", "crash test", "--days", "1",
                "--data-dir", data.toString());
        assertThat(created.exit()).as(created.err()).isZero();
        return created.out().strip();
    }

    private static long setUp(Http http) throws Exception {
        JsonNode created = http.send("POST", "/api/inspections", "{\"serviceName\": \"Crashshire YJS\","
                + " \"kind\": \"inspection\", \"frameworkVersion\": \"2021\", \"announcementDate\": \"2024-10-14\","
                + " \"fieldworkStart\": \"2024-11-04\", \"fieldworkEnd\": \"2024-11-08\"}", LEAD).body();
        long id = created.get("id").asLong();
        Http.Answer imported = http.sendCsv("PUT", "/api/inspections/" + id + "/caseload",
                Fixtures.csv(Fixtures.caseload(81, 300)), LEAD);
        assertThat(imported.status()).as(imported.raw()).isEqualTo(200);
        assertThat(http.send("POST", "/api/inspections/" + id + "/sample", "{\"seed\": 81, \"maximum\": 8}", LEAD)
                .status()).isEqualTo(201);
        return id;
    }

    private static List<Long> courtCases(Http http, long inspection) throws Exception {
        List<Long> cases = new ArrayList<>();
        for (JsonNode c : http.send("GET", "/api/inspections/" + inspection + "/assessments", null, LEAD).body()) {
            if (c.at("/assessedCase/caseType").asText().equals("court_disposal")) {
                cases.add(c.at("/assessedCase/sampleCaseId").asLong());
            }
        }
        assertThat(cases).hasSizeGreaterThanOrEqualTo(WRITERS);
        return cases;
    }
}
