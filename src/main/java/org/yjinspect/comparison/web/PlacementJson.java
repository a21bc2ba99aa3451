package org.yjinspect.comparison.web;

import java.util.LinkedHashMap;
import java.util.Map;
import org.yjinspect.comparison.app.InspectionComparison;
import org.yjinspect.comparison.domain.Placement;
import org.yjinspect.comparison.domain.QuartileMethod;

/** A live inspection's figures placed among the library's, as JSON (the API and --json alike). */
public final class PlacementJson {
    private PlacementJson() {
    }

    public static Map<String, Object> inspection(InspectionComparison compared) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("inspectionId", compared.inspectionId());
        json.put("service", compared.service());
        json.put("kind", compared.kind().label());
        json.put("version", compared.version().label());
        json.put("libraryInspections", compared.libraryInspections());
        json.put("quartileMethod", QuartileMethod.NAME);
        json.put("keyQuestions", compared.places().stream().map(PlacementJson::place).toList());
        return json;
    }

    private static Map<String, Object> place(InspectionComparison.Place place) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("standard", place.standard());
        json.put("keyQuestion", place.keyQuestionId());
        json.put("name", place.name());
        Map<String, Object> live = new LinkedHashMap<>();
        live.put("yes", place.live().yes());
        live.put("relevant", place.live().relevant());
        live.put("percent", place.live().percent().orElse(null));
        json.put("live", live);
        json.put("library", ComparisonJson.summary(place.library()));
        json.put("placement", place.placement().map(PlacementJson::placement).orElse(null));
        json.put("words", place.words().value());
        json.put("reason", place.words().reason());
        json.put("otherVersion", place.otherVersion().map(other -> {
            Map<String, Object> there = new LinkedHashMap<>();
            there.put("library", ComparisonJson.summary(other.library()));
            there.put("placement", other.placement().map(PlacementJson::placement).orElse(null));
            there.put("words", other.words().value());
            return there;
        }).orElse(null));
        return json;
    }

    private static Map<String, Object> placement(Placement p) {
        return ComparisonJson.ordered("percent", p.percent(), "higher", p.higher(), "same", p.same(), "lower", p.lower(), "n", p.n());
    }
}
