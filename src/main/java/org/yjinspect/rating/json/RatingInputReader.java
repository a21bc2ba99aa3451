package org.yjinspect.rating.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.yjinspect.platform.json.JsonMistake;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.yjinspect.framework.domain.Framework;
import org.yjinspect.framework.domain.FrameworkVersion;
import org.yjinspect.rating.app.CaseCounts;
import org.yjinspect.rating.app.RateInspectionCommand;
import org.yjinspect.rating.app.StandardEntry;
import org.yjinspect.rating.domain.Rating;

/**
 * Reads the documented rating input (README, "Rating input") into a command, checking every
 * field against the framework catalogue of its version. Unknown extra fields are ignored, so
 * the importer's report JSON can be rated as it is.
 */
public final class RatingInputReader {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private final Function<FrameworkVersion, Framework> frameworks;

    public RatingInputReader(Function<FrameworkVersion, Framework> frameworks) {
        this.frameworks = frameworks;
    }

    public RateInspectionCommand read(Path file) {
        String source = file.toString();
        try {
            return read(MAPPER.readTree(Files.readString(file)), source);
        } catch (NoSuchFileException e) {
            throw new RatingInputException(source, "", "no such file");
        } catch (JsonProcessingException e) {
            throw new RatingInputException(source, "line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr(), "malformed JSON: " + JsonMistake.syntax(e, "the file"));
        } catch (MalformedInputException e) {
            throw new RatingInputException(source, "", "not UTF-8 text");
        } catch (IOException e) {
            throw new RatingInputException(source, "", "cannot be read: " + e.getMessage());
        }
    }

    public RateInspectionCommand read(JsonNode root, String source) {
        JsonFields fields = new JsonFields(source);
        if (JsonFields.absent(root) || !root.isObject()) {
            throw fields.error("", "expected a JSON object with frameworkVersion and standards");
        }
        Framework framework = frameworks.apply(version(root, fields));
        JsonNode standards = fields.array(root, "standards", "standards", true);
        StandardEntryReader entries = new StandardEntryReader(fields, framework);
        List<StandardEntry> read = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        for (int i = 0; i < standards.size(); i++) {
            StandardEntry entry = entries.read(standards.get(i), "standards[" + i + "]");
            if (seen.contains(entry.number())) {
                throw fields.error("standards[" + i + "].number", "standard " + entry.number() + " is given twice");
            }
            seen.add(entry.number());
            read.add(entry);
        }
        return new RateInspectionCommand(fields.text(root, "service", "service").orElse(""), framework.version(),
                read, cases(root, fields), fields.count(root, "score", "score"), overall(root, fields));
    }

    private static FrameworkVersion version(JsonNode root, JsonFields fields) {
        String label = fields.text(root, "frameworkVersion", "frameworkVersion")
                .orElseThrow(() -> fields.error("frameworkVersion", "missing (give \"2018\" or \"2021\")"));
        return FrameworkVersion.fromLabel(label.strip()).orElseThrow(() -> fields.error("frameworkVersion",
                "unknown framework version '" + label + "' (known: 2018, 2021)"));
    }

    private static CaseCounts cases(JsonNode root, JsonFields fields) {
        JsonNode cases = root.get("cases");
        if (JsonFields.absent(cases)) {
            return CaseCounts.UNKNOWN;
        }
        fields.object(cases, "cases");
        return new CaseCounts(fields.count(cases, "court", "cases.court").orElse(null),
                fields.count(cases, "outOfCourt", "cases.outOfCourt").orElse(null),
                fields.count(cases, "resettlement", "cases.resettlement").orElse(null));
    }

    private static Optional<Rating> overall(JsonNode root, JsonFields fields) {
        return fields.text(root, "overallRating", "overallRating").map(text -> StandardEntryReader.rating(
                text, "overallRating", fields));
    }
}
