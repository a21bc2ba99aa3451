package org.yjinspect.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.yjinspect.Application;
import org.yjinspect.audit.app.AuditQuery;
import org.yjinspect.audit.domain.AuditEntry;
import org.yjinspect.panel.web.PanelRoutes;
import org.yjinspect.platform.json.Json;
import org.yjinspect.records.domain.Actor;
import org.yjinspect.records.web.RecordJson;
import org.yjinspect.support.TestUsers;
import org.yjinspect.transfer.app.ImportInspectionCommand;
import org.yjinspect.transfer.app.ImportedInspection;
import org.yjinspect.transfer.json.InspectionDocumentReader;
import org.yjinspect.transfer.json.InspectionDocumentWriter;

/** Export, import and the views an inspection is compared by, for the transfer tests. */
final class Transfers {
    private Transfers() {
    }

    static byte[] export(Application app, long id) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (InspectionDocumentWriter writer = new InspectionDocumentWriter(out)) {
            app.transfer().export(id, writer);
        }
        return out.toByteArray();
    }

    static ImportedInspection importAs(Application app, byte[] file, String name) {
        TestUsers.account(app, name);
        var document = new InspectionDocumentReader("mock.json").read(new ByteArrayInputStream(file));
        return app.transfer().importDocument(new ImportInspectionCommand(document, "mock.json",
                Actor.of(TestUsers.username(name)), TestUsers.username(name)));
    }

    static JsonNode tree(byte[] file) {
        try {
            return Json.mapper().readTree(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The document without what differs by design: when and from where, the source's team and allocations. */
    static ObjectNode records(byte[] file) {
        ObjectNode tree = (ObjectNode) tree(file);
        tree.remove(List.of("exportedAt", "sourceInspectionId", "sourceTeam", "allocations"));
        return tree;
    }

    /** What the rating engine says of the inspection, through the service the API uses, ids left out. */
    static Map<String, JsonNode> ratings(Application app, long id) {
        var live = app.ratings().rate(id);
        Map<String, JsonNode> views = new TreeMap<>();
        views.put("ratings", strip(PanelRoutes.liveJson(live)));
        views.put("panel", withoutIds(app.panel().show(id).standards()));
        return views;
    }

    /** Every case's record as the case page shows it, by reference, ids left out. */
    static Map<String, JsonNode> cases(Application app, long id) {
        Map<String, JsonNode> cases = new TreeMap<>();
        app.assessments().list(id).forEach(c -> cases.put(c.assessedCase().reference(),
                withoutIds(app.assessments().show(id, c.assessedCase().sampleCaseId()))));
        return cases;
    }

    static JsonNode organisation(Application app, long id) {
        return withoutIds(app.organisation().show(id));
    }

    /**
     * The recommendations and the findings as their editors list them (revision, who, when) and the
     * contextual facts, ids left out.
     */
    static Map<String, JsonNode> reportInputs(Application app, long id) {
        Map<String, JsonNode> inputs = new TreeMap<>();
        inputs.put("recommendations", withoutIds(app.recommendations().lines(id)));
        inputs.put("contextualFacts", withoutIds(app.contextualFacts().of(id)));
        inputs.put("findings", withoutIds(app.findings().lines(id)));
        return inputs;
    }

    /** The whole audit trail, oldest first. */
    static List<AuditEntry> audit(Application app, long id) {
        List<AuditEntry> all = new ArrayList<>();
        long after = 0;
        while (true) {
            List<AuditEntry> page = app.audit().entries(new AuditQuery(id, null, null, after, AuditQuery.DEFAULT_LIMIT));
            if (page.isEmpty()) {
                return all;
            }
            all.addAll(page);
            after = page.get(page.size() - 1).id();
        }
    }

    /** An entry as the trail says it, apart from its id and the inspection's and case's ids. */
    static String said(AuditEntry e) {
        return String.join(" | ", String.valueOf(e.caseReference()), String.valueOf(e.standardNumber()), e.entity(),
                e.record(), e.field(), String.valueOf(e.oldValue()), String.valueOf(e.newValue()), e.actor(),
                String.valueOf(e.recordedAt()));
    }

    static JsonNode withoutIds(Object view) {
        JsonNode tree = tree(RecordJson.write(view).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        strip(tree);
        return tree;
    }

    private static JsonNode strip(JsonNode node) {
        if (node instanceof ObjectNode object) {
            object.remove(List.of("id", "inspectionId", "sampleCaseId"));
            object.forEach(Transfers::strip);
        } else if (node instanceof ArrayNode array) {
            array.forEach(Transfers::strip);
        }
        return node;
    }

    /**
     * Everything the rating engine, the case pages, the organisation page, the recommendations
     * editor, the contextual facts, the findings and the trail say, apart from ids; and a second export
     * the same as the first (so removed recommendations, figures and findings too, with their revisions).
     */
    static void assertSame(Application app, long source, long copy, byte[] file) {
        assertThat(ratings(app, copy)).isEqualTo(ratings(app, source));
        assertThat(cases(app, copy)).isEqualTo(cases(app, source));
        assertThat(organisation(app, copy)).isEqualTo(organisation(app, source));
        assertThat(reportInputs(app, copy)).isEqualTo(reportInputs(app, source));
        List<String> history = audit(app, source).stream().map(Transfers::said).toList();
        assertThat(audit(app, copy).stream().map(Transfers::said).toList()).startsWith(history.toArray(String[]::new));
        ObjectNode again = records(export(app, copy));
        ObjectNode first = records(file);
        again.remove("auditTrail");
        first.remove("auditTrail");
        assertThat(again).isEqualTo(first);
    }
}
