package org.yjinspect.rating.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.yjinspect.framework.domain.Framework;
import org.yjinspect.framework.domain.Standard;
import org.yjinspect.rating.app.StandardEntry;
import org.yjinspect.rating.domain.KeyQuestionFigure;
import org.yjinspect.rating.domain.PanelDecision;
import org.yjinspect.rating.domain.Rating;

/** Reads one element of "standards": number, key question figures, rating and panel decision. */
final class StandardEntryReader {
    private final JsonFields fields;
    private final Framework framework;

    StandardEntryReader(JsonFields fields, Framework framework) {
        this.fields = fields;
        this.framework = framework;
    }

    StandardEntry read(JsonNode node, String path) {
        fields.object(node, path);
        String number = fields.text(node, "number", path + ".number")
                .orElseThrow(() -> fields.error(path + ".number", "missing")).strip();
        Standard standard = framework.standard(number).orElseThrow(() -> fields.error(path + ".number",
                "unknown standard '" + number + "' in the " + framework.version().label() + " framework"));
        List<KeyQuestionFigure> figures = keyQuestions(node, path, standard);
        Optional<Rating> rating = fields.text(node, "rating", path + ".rating")
                .map(text -> rating(text, path + ".rating", fields));
        return new StandardEntry(number, figures, rating, panel(node, path));
    }

    private List<KeyQuestionFigure> keyQuestions(JsonNode node, String path, Standard standard) {
        JsonNode array = fields.array(node, "keyQuestions", path + ".keyQuestions", false);
        List<KeyQuestionFigure> figures = new ArrayList<>();
        if (array == null || array.isEmpty()) {
            return figures;
        }
        if (!standard.caseBased()) {
            throw fields.error(path + ".keyQuestions", "standard " + standard.number()
                    + " is qualitative in the " + framework.version().label() + " framework; give its rating only");
        }
        if (array.size() != standard.keyQuestions().size()) {
            throw fields.error(path + ".keyQuestions", array.size() + " given, but standard " + standard.number()
                    + " has " + standard.keyQuestions().size() + " key questions");
        }
        for (int i = 0; i < array.size(); i++) {
            figures.add(figure(array.get(i), path + ".keyQuestions[" + i + "]"));
        }
        return figures;
    }

    private KeyQuestionFigure figure(JsonNode node, String path) {
        fields.object(node, path);
        Optional<Integer> yes = fields.count(node, "yes", path + ".yes");
        Optional<Integer> relevant = fields.count(node, "relevant", path + ".relevant");
        Optional<Double> percent = fields.percent(node, "percent", path + ".percent");
        if (yes.isPresent() != relevant.isPresent()) {
            throw fields.error(path, "give both yes and relevant, or only percent");
        }
        if (yes.isPresent()) {
            if (yes.get() > relevant.get()) {
                throw fields.error(path + ".yes", "yes " + yes.get() + " is more than relevant " + relevant.get());
            }
            return KeyQuestionFigure.counted(null, yes.get(), relevant.get());
        }
        return KeyQuestionFigure.percentOnly(null, percent.orElseThrow(
                () -> fields.error(path, "give yes and relevant, or percent")));
    }

    private Optional<PanelDecision> panel(JsonNode node, String path) {
        JsonNode panel = node.get("panel");
        if (JsonFields.absent(panel)) {
            return Optional.empty();
        }
        fields.object(panel, path + ".panel");
        Rating rating = fields.text(panel, "rating", path + ".panel.rating")
                .map(text -> rating(text, path + ".panel.rating", fields))
                .orElseThrow(() -> fields.error(path + ".panel.rating", "missing"));
        return Optional.of(new PanelDecision(rating, fields.text(panel, "rationale", path + ".panel.rationale")
                .orElse("")));
    }

    static Rating rating(String text, String path, JsonFields fields) {
        return Rating.parse(text).orElseThrow(() -> fields.error(path, "unknown rating '" + text
                + "' (Inadequate, Requires improvement, Good, Outstanding)"));
    }
}
