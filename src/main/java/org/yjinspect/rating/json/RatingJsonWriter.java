package org.yjinspect.rating.json;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;
import org.yjinspect.rating.app.InspectionRating;
import org.yjinspect.rating.app.KeyQuestionResult;
import org.yjinspect.rating.app.StandardResult;
import org.yjinspect.rating.domain.KeyQuestionFigure;
import org.yjinspect.rating.domain.PanelOutcome;
import org.yjinspect.rating.domain.Rating;
import org.yjinspect.rating.domain.TriggerFinding;

/** Writes an inspection's ratings, with every reason, as JSON (README, "Rating output"). */
public final class RatingJsonWriter {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public String write(InspectionRating rating) {
        try {
            return MAPPER.writeValueAsString(toJson(rating));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot write ratings as JSON", e);
        }
    }

    public ObjectNode toJson(InspectionRating rating) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("service", rating.service());
        root.put("frameworkVersion", rating.version().label());
        root.put("score", rating.score().score());
        root.put("maxScore", rating.score().maxScore());
        root.put("overallRating", label(rating.overallRating()));
        root.put("scoreRating", label(rating.score().rating()));
        root.put("overallReason", rating.score().reason() + " " + rating.overall().reason());
        rating.score().missing().forEach(root.putArray("missingStandards")::add);
        ObjectNode resettlement = root.putObject("resettlement");
        resettlement.put("rating", label(rating.resettlement().value()));
        resettlement.put("reason", rating.resettlement().reason());
        ArrayNode standards = root.putArray("standards");
        rating.allStandards().forEach(s -> standards.add(standard(s)));
        rating.publishedDifferences().forEach(root.putArray("publishedDifferences")::add);
        return root;
    }

    private ObjectNode standard(StandardResult result) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("number", result.number());
        node.put("name", result.standard().name());
        node.put("kind", result.standard().kind().name());
        node.put("scored", result.standard().scored());
        node.put("rating", label(result.finalRating()));
        node.put("computedRating", label(result.computed().rating()));
        node.put("computedReason", result.computed().reason());
        result.drivingKeyQuestion().ifPresentOrElse(kq -> node.set("drivingKeyQuestion", keyQuestion(kq)),
                () -> node.putNull("drivingKeyQuestion"));
        ArrayNode keyQuestions = node.putArray("keyQuestions");
        result.keyQuestions().forEach(kq -> keyQuestions.add(keyQuestion(kq)));
        ArrayNode triggers = node.putArray("triggers");
        result.triggers().raised().forEach(t -> triggers.add(trigger(t)));
        result.triggers().notChecked().forEach(node.putArray("triggersNotChecked")::add);
        node.set("panel", panel(result.panel().value(), result.panel().reason()));
        node.put("publishedRating", label(result.published()));
        node.put("publishedDifference", result.publishedDifference().orElse(null));
        return node;
    }

    /** What the panel's decision came to: outcome STANDS, MOVED or REFUSED, the decision as recorded, and why. */
    private ObjectNode panel(PanelOutcome outcome, String reason) {
        ObjectNode panel = MAPPER.createObjectNode();
        panel.put("outcome", outcome.kind().name());
        panel.put("moved", outcome.moved());
        panel.put("refused", outcome.refused());
        outcome.decision().ifPresentOrElse(d -> panel.putObject("decision").put("rating", d.rating().label())
                .put("rationale", d.rationale()), () -> panel.putNull("decision"));
        panel.put("reason", reason);
        return panel;
    }

    private ObjectNode keyQuestion(KeyQuestionResult result) {
        KeyQuestionFigure figure = result.figure();
        ObjectNode node = MAPPER.createObjectNode();
        node.put("id", result.id());
        node.put("text", result.text());
        node.put("yes", figure.yes());
        node.put("relevant", figure.relevant());
        if (figure.hasRelevantCases()) {
            node.put("percent", figure.displayPercent());
            node.put("exactPercent", figure.exactPercent());
        } else {
            node.putNull("percent");
            node.putNull("exactPercent");
        }
        node.put("countsInferred", figure.countsInferred());
        node.put("band", result.band().value() == null ? null : result.band().value().label());
        node.put("reason", result.band().reason());
        return node;
    }

    private ObjectNode trigger(TriggerFinding finding) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("trigger", finding.trigger().name());
        node.put("description", finding.trigger().description());
        node.put("reason", finding.reason());
        return node;
    }

    private static String label(Optional<Rating> rating) {
        return rating.map(Rating::label).orElse(null);
    }
}
