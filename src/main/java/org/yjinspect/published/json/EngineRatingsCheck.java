package org.yjinspect.published.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.yjinspect.framework.domain.Framework;
import org.yjinspect.framework.domain.FrameworkVersion;
import org.yjinspect.published.app.RatingsCheck;
import org.yjinspect.published.domain.PublishedReport;
import org.yjinspect.rating.app.InspectionRating;
import org.yjinspect.rating.app.RateInspection;
import org.yjinspect.rating.app.RatingRuleBroken;
import org.yjinspect.rating.app.StandardResult;
import org.yjinspect.rating.domain.Rating;
import org.yjinspect.rating.json.RatingInputException;
import org.yjinspect.rating.json.RatingInputReader;

/**
 * The one adapter between the importer and the rating engine: it writes the imported report as
 * its JSON, reads that JSON back with the rating input reader (as {@code yjinspect rate} does)
 * and rates it. A recorded panel decision the engine refuses is taken out and the rest rated.
 */
public final class EngineRatingsCheck implements RatingsCheck {
    private static final int MAX_ATTEMPTS = 20;
    private final Function<FrameworkVersion, Framework> frameworks;

    public EngineRatingsCheck(Function<FrameworkVersion, Framework> frameworks) {
        this.frameworks = frameworks;
    }

    @Override
    public Outcome rate(PublishedReport report) {
        ObjectNode json = new PublishedReportJson().toJson(report);
        Map<String, String> refused = new LinkedHashMap<>();
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            try {
                InspectionRating rating = new RateInspection(frameworks).rate(new RatingInputReader(frameworks)
                        .read(json, report.source()));
                return outcome(rating, refused);
            } catch (RatingRuleBroken e) {
                if (!"panel.rating".equals(e.field()) || !removePanel(json, e.standardNumber())) {
                    return Outcome.failed(e.getMessage());
                }
                refused.put(e.standardNumber(), e.getMessage());
            } catch (RatingInputException e) {
                return Outcome.failed(e.getMessage());
            } catch (RuntimeException e) {
                return Outcome.failed(e.getClass().getSimpleName() + ": " + e.getMessage());
            }
        }
        return Outcome.failed("too many refused panel decisions");
    }

    private static Outcome outcome(InspectionRating rating, Map<String, String> refused) {
        Map<String, Rating> computed = new LinkedHashMap<>();
        Map<String, String> differences = new LinkedHashMap<>();
        List<StandardResult> all = new ArrayList<>(rating.standards());
        all.addAll(rating.separatelyRated());
        for (StandardResult result : all) {
            if (result.standard().caseBased() && !result.keyQuestions().isEmpty()) {
                result.computed().rating().ifPresent(r -> computed.put(result.number(), r));
            }
            result.publishedDifference().ifPresent(d -> differences.put(result.number(), d));
        }
        return new Outcome(computed, differences, refused, null);
    }

    private static boolean removePanel(ObjectNode json, String number) {
        for (JsonNode standard : json.path("standards")) {
            if (number.equals(standard.path("number").asText()) && standard.has("panel")) {
                ((ObjectNode) standard).remove("panel");
                return true;
            }
        }
        return false;
    }
}
