package org.yjinspect.comparison.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import org.yjinspect.comparison.app.KeyQuestionComparison;
import org.yjinspect.comparison.app.StandardComparison;
import org.yjinspect.comparison.domain.Correspondence;
import org.yjinspect.comparison.domain.PercentSpread;
import org.yjinspect.comparison.domain.QuartileMethod;
import org.yjinspect.comparison.domain.RatingTally;
import org.yjinspect.comparison.domain.ServiceHistory;
import org.yjinspect.framework.domain.Framework;
import org.yjinspect.framework.domain.FrameworkVersion;
import org.yjinspect.framework.domain.KeyQuestion;
import org.yjinspect.framework.domain.Standard;
import org.yjinspect.library.domain.LibraryInspection;
import org.yjinspect.rating.domain.Rating;

/** The comparisons as JSON objects (ordered maps; absent parts are null), for the API and --json alike. */
public final class ComparisonJson {
    private ComparisonJson() {
    }

    public static Map<String, Object> standard(StandardComparison s) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("version", s.tally().version().label());
        json.put("standard", s.standard().number());
        json.put("name", s.standard().name());
        json.put("ratings", tally(s.tally()));
        json.put("mapping", mapping(s.mapping()));
        json.put("otherVersion", s.counterpart().map(ComparisonJson::tallyWithVersion).orElse(null));
        json.put("keyQuestions", s.keyQuestions().stream().map(ComparisonJson::keyQuestion).toList());
        return json;
    }

    public static Map<String, Object> keyQuestion(KeyQuestionComparison kq) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("version", kq.spread().version().label());
        json.put("keyQuestion", kq.keyQuestionId());
        json.put("name", kq.name());
        json.put("text", kq.text());
        json.put("quartileMethod", QuartileMethod.NAME);
        json.put("library", spread(kq.spread()));
        json.put("mapping", mapping(kq.mapping()));
        json.put("otherVersion", kq.counterpart().map(ComparisonJson::spread).orElse(null));
        return json;
    }

    public static Map<String, Object> service(ServiceHistory history) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("serviceKey", history.serviceKey());
        json.put("service", history.service());
        json.put("inspections", history.inspections().stream().map(ComparisonJson::inspection).toList());
        json.put("standards", history.rows().stream().map(row -> {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("standard", row.label());
            line.put("ratings", row.cells().stream().map(c -> c.applies()
                    ? (c.rating() == null ? "not rated" : c.rating().label()) : "not in this framework version").toList());
            line.put("why", row.why());
            return line;
        }).toList());
        return json;
    }

    /** What GET /api/library/comparisons can be asked: per version, its standards and key questions. */
    public static Map<String, Object> choices(Function<FrameworkVersion, Framework> frameworks) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("ask", "version (2018 or 2021) with standard (such as 2.1) or keyQuestion (such as 2.1.desistance)");
        for (FrameworkVersion version : FrameworkVersion.values()) {
            Framework framework = frameworks.apply(version);
            json.put(version.label(), ordered("standards", framework.standards().stream().map(Standard::number).toList(),
                    "keyQuestions", framework.standards().stream().flatMap(s -> s.keyQuestions().stream())
                            .map(KeyQuestion::id).toList()));
        }
        return json;
    }

    /** A spread's n and quartiles, without each inspection's figure. */
    static Map<String, Object> summary(PercentSpread spread) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("version", spread.version().label());
        json.put("keyQuestion", spread.keyQuestionId());
        json.put("n", spread.n());
        json.put("withoutFigure", spread.without());
        json.put("quartiles", spread.quartiles().map(q -> {
            Map<String, Object> five = new LinkedHashMap<>();
            five.put("min", q.min());
            five.put("lowerQuartile", q.lowerQuartile());
            five.put("median", q.median());
            five.put("upperQuartile", q.upperQuartile());
            five.put("max", q.max());
            return five;
        }).orElse(null));
        return json;
    }

    static Map<String, Object> spread(PercentSpread spread) {
        Map<String, Object> json = summary(spread);
        json.put("figures", spread.figures().stream().map(f -> {
            Map<String, Object> figure = new LinkedHashMap<>();
            figure.put("libraryId", f.libraryId());
            figure.put("service", f.service());
            figure.put("published", f.published().toString());
            figure.put("percent", f.percent());
            figure.put("relevant", f.relevant());
            return figure;
        }).toList());
        return json;
    }

    private static Map<String, Object> tally(RatingTally tally) {
        Map<String, Object> json = new LinkedHashMap<>();
        for (Rating rating : RatingTally.order()) {
            json.put(rating.label(), tally.count(rating));
        }
        json.put("not rated", tally.notRated());
        json.put("inspections", tally.n());
        return json;
    }

    private static Map<String, Object> tallyWithVersion(RatingTally tally) {
        return ordered("version", tally.version().label(), "standard", tally.standard(), "ratings", tally(tally));
    }

    private static Map<String, Object> mapping(Correspondence line) {
        return ordered("v2018", line.in2018(), "v2021", line.in2021(), "corresponds", line.corresponds(), "why", line.why());
    }

    private static Map<String, Object> inspection(LibraryInspection i) {
        return ordered("libraryId", i.id(), "published", i.published().toString(), "frameworkVersion",
                i.frameworkVersion().label(), "overallRating", i.overallRating() == null ? null : i.overallRating().label(),
                "score", i.score(), "maxScore", i.maxScore());
    }

    static Map<String, Object> ordered(Object... pairs) {
        Map<String, Object> json = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            json.put((String) pairs[i], pairs[i + 1]);
        }
        return json;
    }
}
