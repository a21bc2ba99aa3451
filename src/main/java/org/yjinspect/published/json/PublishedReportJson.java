package org.yjinspect.published.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.yjinspect.published.domain.CaseFigure;
import org.yjinspect.published.domain.PromptFigure;
import org.yjinspect.published.domain.PublishedKeyQuestion;
import org.yjinspect.published.domain.PublishedReport;
import org.yjinspect.published.domain.PublishedStandard;
import org.yjinspect.rating.domain.Rating;

/**
 * Writes an imported report as JSON, fields in the documented order. A case-based standard's
 * figures go under "keyQuestions" only when they are fit to rate (every key question of the
 * standard, each with a figure); otherwise under "keyQuestionsFound", which the rating input
 * ignores, so that the JSON of any import is valid input to {@code yjinspect rate}.
 */
public final class PublishedReportJson {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public String write(PublishedReport report) {
        return text(toJson(report));
    }

    public String writeAll(List<PublishedReport> reports) {
        ArrayNode array = MAPPER.createArrayNode();
        reports.forEach(r -> array.add(toJson(r)));
        return text(array);
    }

    private static String text(Object node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write an imported report as JSON", e);
        }
    }

    public ObjectNode toJson(PublishedReport report) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("source", report.source());
        root.put("service", report.service());
        root.put("published", report.published() == null ? null : report.published().toString());
        if (report.fieldwork() == null) {
            root.putNull("fieldwork");
        } else {
            ObjectNode fieldwork = root.putObject("fieldwork");
            fieldwork.put("start", report.fieldwork().start());
            fieldwork.put("end", report.fieldwork().end());
            fieldwork.put("statement", report.fieldwork().statement());
        }
        root.put("frameworkVersion", report.frameworkVersion().label());
        root.put("score", report.score());
        root.put("maxScore", report.maxScore());
        root.put("overallRating", label(report.overallRating()));
        ArrayNode standards = root.putArray("standards");
        report.standards().forEach(s -> standards.add(standard(s)));
        ObjectNode cases = root.putObject("cases");
        cases.put("court", report.cases().court());
        cases.put("outOfCourt", report.cases().outOfCourt());
        cases.put("resettlement", report.cases().resettlement());
        ArrayNode types = root.putArray("oocdDisposalTypes");
        report.oocdDisposalTypes().forEach(t -> types.addObject().put("type", t.type()).put("count", t.count()));
        ObjectNode interviews = root.putObject("caseManagerInterviews");
        interviews.put("court", report.caseManagerInterviews().court());
        interviews.put("outOfCourt", report.caseManagerInterviews().outOfCourt());
        interviews.put("total", report.caseManagerInterviews().total());
        ArrayNode recommendations = root.putArray("recommendations");
        report.recommendations().forEach(r -> recommendations.addObject().put("addressee", r.addressee())
                .put("text", r.text()));
        ArrayNode facts = root.putArray("contextualFacts");
        report.contextualFacts().forEach(f -> facts.addObject().put("name", f.name()).put("value", f.value()));
        ArrayNode discretion = root.putArray("discretion");
        report.discretion().forEach(d -> discretion.addObject().put("standard", d.standard())
                .put("amendedTo", label(d.amendedTo())).put("statement", d.statement()));
        ArrayNode warnings = root.putArray("warnings");
        report.warnings().forEach(w -> {
            ObjectNode warning = warnings.addObject().put("kind", w.kind().name()).put("message", w.message());
            if (w.line() != null) {
                warning.put("line", w.line());
            }
        });
        return root;
    }

    private static ObjectNode standard(PublishedStandard standard) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("number", standard.number());
        node.put("name", standard.name());
        node.put("rating", label(standard.rating()));
        node.put("computedRating", label(standard.computedRating()));
        if (!standard.keyQuestions().isEmpty()) {
            ArrayNode questions = node.putArray(standard.rateable() ? "keyQuestions" : "keyQuestionsFound");
            standard.keyQuestions().forEach(q -> questions.add(keyQuestion(q)));
        }
        if (standard.panel() != null) {
            node.putObject("panel").put("rating", standard.panel().rating().label())
                    .put("rationale", standard.panel().rationale());
        }
        return node;
    }

    private static ObjectNode keyQuestion(PublishedKeyQuestion question) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("text", question.text());
        figure(node, question.figure(), true);
        ArrayNode prompts = node.putArray("prompts");
        for (PromptFigure prompt : question.prompts()) {
            ObjectNode p = prompts.addObject().put("text", prompt.text());
            figure(p, prompt.figure(), false);
        }
        return node;
    }

    private static void figure(ObjectNode node, CaseFigure figure, boolean alwaysPercent) {
        if (figure == null || figure.percent() != null || alwaysPercent) {
            node.put("percent", figure == null ? null : figure.percent());
        }
        if (figure != null && figure.yes() != null) {
            node.put("yes", figure.yes());
        }
        if (figure != null && figure.relevant() != null) {
            node.put("relevant", figure.relevant());
        }
    }

    private static String label(Rating rating) {
        return rating == null ? null : rating.label();
    }
}
