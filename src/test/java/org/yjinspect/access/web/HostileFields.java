package org.yjinspect.access.web;

import static org.yjinspect.access.web.HostileField.Form.CODED;
import static org.yjinspect.access.web.HostileField.Form.FREE_TEXT;
import static org.yjinspect.access.web.HostileField.Form.NAME;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.yjinspect.access.web.HostileField.Form;
import org.yjinspect.account.app.PersonalTokens;
import org.yjinspect.inspection.app.DeleteInspectionCommand;
import org.yjinspect.sampling.app.DiscardSampleCommand;
import org.yjinspect.sampling.app.ReplaceSampledCaseCommand;

/**
 * The text fields of inspections, samples, the team, tokens and accounts, each with how to send
 * it and read it back ({@link HostileRecordFields} has the case assessment, organisation and
 * panel fields). Each write goes through the API as the lead inspector.
 */
final class HostileFields extends HostileScene {
    /** InspectionDetails.LONGEST_NAME, which is private. */
    private static final int LONGEST_SERVICE_NAME = 120;
    private final long main;
    private final long replacing;
    private final long discarding;
    private final String caseReference;
    private final List<Long> deleted = new ArrayList<>();
    /** The inspection the next deletion reason is tried on. */
    private long toDelete;

    HostileFields(HostileClient http, long main, long replacing, long discarding, String caseReference) {
        super(http);
        this.main = main;
        this.replacing = replacing;
        this.discarding = discarding;
        this.caseReference = caseReference;
    }

    List<HostileField> all() {
        List<HostileField> fields = new ArrayList<>();
        fields.add(HostileField.of("InspectionRoutes.CreateRequest.serviceName", NAME, LONGEST_SERVICE_NAME, "service",
                text -> create(inspection().put("serviceName", text)), () -> inspections("serviceName"),
                written -> written.body().get("id").asLong()));
        fields.add(coded("InspectionRoutes.CreateRequest.kind", "kind", text -> create(inspection().put("kind", text)),
                () -> inspections("kind")));
        fields.add(coded("InspectionRoutes.CreateRequest.frameworkVersion", "framework",
                text -> create(inspection().put("frameworkVersion", text)), () -> inspections("frameworkVersion")));
        for (String window : List.of("court", "outOfCourt", "resettlement")) {
            fields.add(coded("InspectionRoutes.WindowsRequest." + window, "window", text -> {
                ObjectNode body = inspection();
                body.putObject("eligibilityWindows").put(window, text);
                return create(body);
            }, () -> inspections("months")));
        }
        fields.add(HostileField.of("InspectionRoutes.DeleteRequest.reason", FREE_TEXT,
                DeleteInspectionCommand.LONGEST_REASON, "reason", this::delete, this::deletionReasons,
                written -> deleted.get(deleted.size() - 1)).preparedBy(this::toDelete));
        fields.addAll(sampling());
        fields.addAll(team());
        fields.addAll(accounts());
        return fields;
    }

    private List<HostileField> sampling() {
        String sample = "/api/inspections/" + replacing + "/sample";
        return List.of(
                HostileField.of("SampleRoutes.ReplaceRequest.reason", FREE_TEXT, ReplaceSampledCaseCommand.LONGEST_REASON,
                        "reason", text -> http.json("POST", sample + "/replacements",
                                body("caseReference", sampledCourtCase(), "reason", text), LEAD),
                        () -> values(read(sample).get("replacements"), "reason"), written -> replacing),
                coded("SampleRoutes.ReplaceRequest.caseReference", "case", text -> http.json("POST",
                        sample + "/replacements", body("caseReference", text, "reason", "moved away"), LEAD),
                        () -> values(read(sample).get("replacements"), "replacedReference"))
                        .refusedWith(Set.of(400, 404), Set.of()),
                HostileField.of("SampleRoutes.DiscardRequest.reason", FREE_TEXT, DiscardSampleCommand.LONGEST_REASON,
                        "reason", this::discard, () -> audited(discarding, "discard_reason"), written -> discarding));
    }

    private List<HostileField> team() {
        String team = "/api/inspections/" + main + "/team";
        String allocations = "/api/inspections/" + main + "/allocations";
        return List.of(
                coded("TeamRoutes.MemberRequest.username", "username", text -> http.json("POST", team,
                        body("username", text, "role", "INSPECTOR"), LEAD), () -> values(read(team), "username")),
                coded("TeamRoutes.MemberRequest.role", "role", text -> http.json("POST", team,
                        body("username", "hostile-panel", "role", text), LEAD), () -> values(read(team), "role")),
                coded("TeamRoutes.AllocationRequest.caseReference", "case reference|caseReference", text -> http.json("POST",
                        allocations, body("caseReference", text, "username", "hostile-panel"), LEAD),
                        () -> values(read(allocations), "caseReference")),
                coded("TeamRoutes.AllocationRequest.username", "username", text -> http.json("POST", allocations,
                        body("caseReference", caseReference, "username", text), LEAD),
                        () -> values(read(allocations), "username")));
    }

    private List<HostileField> accounts() {
        Set<Integer> signInRefusals = Set.of(400, 401, 429);
        Set<String> recorded = Set.of("account_event", "sign_in_failure");
        String password = org.yjinspect.support.TestUsers.PASSWORD;
        return List.of(
                HostileField.of("TokenRoutes.CreateTokenRequest.name", NAME, 60, "name", text -> http.json("POST",
                        "/api/tokens", body("name", text, "expiresInDays", 30), LEAD),
                        () -> values(read("/api/tokens"), "name"), written -> 0),
                coded("AccountRoutes.SetUpRequest.token", "set-up link|token", text -> http.json("POST", "/api/setup",
                        body("token", text, "username", "hostile-admin", "password", password), null), List::of)
                        .refusedWith(Set.of(400, 401, 403, 404, 409), recorded),
                coded("AccountRoutes.SetUpRequest.username", "username", text -> http.json("POST", "/api/setup",
                        body("token", "a".repeat(43), "username", text, "password", password), null), List::of)
                        .refusedWith(Set.of(400), recorded),
                coded("AccountRoutes.SetUpRequest.password", "password|set-up link", text -> http.json("POST", "/api/setup",
                        body("token", "a".repeat(43), "username", "hostile-admin", "password", text), null), List::of)
                        .refusedWith(Set.of(400, 401, 403, 404, 409), recorded),
                new HostileField("AccountRoutes.SignInRequest.username", CODED, 0, null, () -> { }, text -> http.json("POST",
                        "/api/session", body("username", text, "password", password), null), List::of,
                        written -> 0, signInRefusals, recorded),
                new HostileField("AccountRoutes.SignInRequest.password", CODED, 0, null, () -> { }, text -> http.json("POST",
                        "/api/session", body("username", "hostile-lead", "password", text), null), List::of,
                        written -> 0, signInRefusals, recorded));
    }

    private static HostileField coded(String key, String named, HostileField.Write write, HostileField.Read read) {
        return HostileField.of(key, Form.CODED, 0, named, write, read, written -> 0);
    }

    private static ObjectNode inspection() {
        return body("serviceName", "Northshire Youth Justice Service", "kind", "inspection", "frameworkVersion", "2021",
                "announcementDate", "2024-10-14", "fieldworkStart", "2024-11-04", "fieldworkEnd", "2024-11-11");
    }

    private HostileClient.Answer create(ObjectNode body) throws Exception {
        return http.json("POST", "/api/inspections", body, LEAD);
    }

    private List<String> inspections(String property) throws Exception {
        return values(read("/api/inspections"), property);
    }

    /** An inspection to delete, made before the database is looked at; kept for the next payload when refused. */
    private void toDelete() throws Exception {
        if (toDelete == 0) {
            toDelete = create(inspection()).body().get("id").asLong();
        }
    }

    private HostileClient.Answer delete(String text) throws Exception {
        HostileClient.Answer answer = http.json("DELETE", "/api/inspections/" + toDelete, body("reason", text), LEAD);
        if (answer.status() == 200) {
            deleted.add(toDelete);
            toDelete = 0;
        }
        return answer;
    }

    private List<String> deletionReasons() throws Exception {
        List<String> reasons = new ArrayList<>();
        for (long id : deleted) {
            reasons.addAll(audited(id, "deletion_reason"));
        }
        return reasons;
    }

    /** Discards the sample with the text as the reason, then draws it again for the next payload. */
    private HostileClient.Answer discard(String text) throws Exception {
        String sample = "/api/inspections/" + discarding + "/sample";
        HostileClient.Answer answer = http.json("DELETE", sample, body("reason", text), LEAD);
        if (answer.status() == 200) {
            HostileClient.Answer drawn = http.json("POST", sample, body("maximum", 4, "resettlementCap", 0), LEAD);
            if (drawn.status() != 201) {
                throw new IllegalStateException("could not draw the sample again: " + drawn);
            }
        }
        return answer;
    }

    /** A court case in the sample now (replacing one takes it out). */
    private String sampledCourtCase() throws Exception {
        for (JsonNode type : read("/api/inspections/" + replacing + "/sample").get("caseTypes")) {
            if (type.get("caseType").asText().equals("court")) {
                return type.get("cases").get(0).get("reference").asText();
            }
        }
        throw new IllegalStateException("the sample has no court case");
    }
}
