package org.yjinspect.published.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.yjinspect.framework.domain.Framework;
import org.yjinspect.framework.domain.FrameworkVersion;
import org.yjinspect.platform.json.JsonMistake;
import org.yjinspect.published.domain.CasesInspected;
import org.yjinspect.published.domain.PrintedKeyQuestionFigure;
import org.yjinspect.published.domain.PublishedFigures;
import org.yjinspect.published.domain.PublishedStandardFigures;
import org.yjinspect.published.domain.RecordedPanelDecision;
import org.yjinspect.rating.app.RateInspectionCommand;
import org.yjinspect.rating.domain.Rating;
import org.yjinspect.rating.json.RatingInputException;
import org.yjinspect.rating.json.RatingInputReader;

/**
 * Reads one file of published figures (src/main/resources/published/figures, docs/oracle.md):
 * the rating input of {@code yjinspect rate}, checked field by field against the framework as
 * {@code rate} checks it, plus what the catalogue shows beside it: the month of publication,
 * and a note on the source. Every rating, the score and the overall rating must be there, since
 * the figures stand for a published report.
 */
public final class PublishedFiguresJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private final Function<FrameworkVersion, Framework> frameworks;

    public PublishedFiguresJson(Function<FrameworkVersion, Framework> frameworks) {
        this.frameworks = frameworks;
    }

    /** What was read: the figures, and the same figures as the rating engine's command. */
    public record Read(PublishedFigures figures, RateInspectionCommand rating) {
    }

    public Read read(String id, String file, String text) {
        JsonNode root;
        try {
            root = MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            throw new PublishedFiguresException(file, "line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr(), "malformed JSON: " + JsonMistake.syntax(e, "the file"));
        }
        RateInspectionCommand command;
        try {
            command = new RatingInputReader(frameworks).read(root, file);
        } catch (RatingInputException unfit) {
            throw new PublishedFiguresException(unfit.getMessage());
        }
        Fields fields = new Fields(file);
        List<PublishedStandardFigures> standards = new ArrayList<>();
        JsonNode array = root.get("standards");
        for (int i = 0; i < array.size(); i++) {
            standards.add(standard(array.get(i), "standards[" + i + "]", fields));
        }
        JsonNode cases = root.path("cases");
        return new Read(new PublishedFigures(id, fields.text(root, "service"), published(root, fields),
                command.version(), fields.number(root, "score"), root.path("maxScore").asInt(36),
                fields.rating(root, "overallRating"), new CasesInspected(count(cases, "court"),
                count(cases, "outOfCourt"), count(cases, "resettlement")), root.path("note").asText(""), standards),
                command);
    }

    private static YearMonth published(JsonNode root, Fields fields) {
        String month = fields.text(root, "published");
        try {
            return YearMonth.parse(month);
        } catch (DateTimeParseException e) {
            throw fields.error("published", "'" + month + "' is not a month; give the month of publication as 2022-02");
        }
    }

    private static PublishedStandardFigures standard(JsonNode node, String path, Fields fields) {
        List<PrintedKeyQuestionFigure> figures = new ArrayList<>();
        for (JsonNode figure : node.path("keyQuestions")) {
            figures.add(figure.has("yes") ? PrintedKeyQuestionFigure.counted(figure.get("yes").asInt(),
                    figure.get("relevant").asInt()) : PrintedKeyQuestionFigure.percent(figure.get("percent").asDouble()));
        }
        JsonNode panel = node.get("panel");
        return new PublishedStandardFigures(node.get("number").asText().strip(), fields.rating(node, path + ".rating"),
                figures, panel == null || panel.isNull() ? null : new RecordedPanelDecision(
                        fields.rating(panel, path + ".panel.rating"), panel.path("rationale").asText("")));
    }

    private static Integer count(JsonNode cases, String name) {
        JsonNode value = cases.get(name);
        return value == null || value.isNull() ? null : value.asInt();
    }

    /** The fields a published inspection must have, each refused by file and field when missing. */
    private record Fields(String file) {
        PublishedFiguresException error(String field, String problem) {
            return new PublishedFiguresException(file, field, problem);
        }

        JsonNode required(JsonNode parent, String path) {
            String name = path.substring(path.lastIndexOf('.') + 1);
            JsonNode value = parent.get(name);
            if (value == null || value.isNull() || value.asText().isBlank()) {
                throw error(path, "missing (published figures give it as the report prints it)");
            }
            return value;
        }

        String text(JsonNode parent, String path) {
            JsonNode value = required(parent, path);
            if (!value.isTextual()) {
                throw error(path, "expected text, found " + JsonMistake.shown(value));
            }
            return value.asText().strip();
        }

        int number(JsonNode parent, String path) {
            return required(parent, path).asInt();
        }

        Rating rating(JsonNode parent, String path) {
            return Rating.parse(required(parent, path).asText()).orElseThrow(() -> error(path, "unknown rating"));
        }
    }
}
