package org.yjinspect.library.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yjinspect.library.app.LibraryAddition;
import org.yjinspect.library.domain.LibraryInspection;
import org.yjinspect.library.domain.LibraryKeyQuestion;
import org.yjinspect.library.domain.LibraryStandard;
import org.yjinspect.published.domain.CaseFigure;

/** The library's answers as JSON: ratings as words, months as yyyy-mm, absent figures as null. */
final class LibraryJson {
    private LibraryJson() {
    }

    static Map<String, Object> summary(LibraryInspection i) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", i.id());
        json.put("service", i.service());
        json.put("serviceKey", i.serviceKey());
        json.put("published", i.published().toString());
        json.put("frameworkVersion", i.frameworkVersion().label());
        json.put("score", i.score());
        json.put("maxScore", i.maxScore());
        json.put("overallRating", i.overallRating() == null ? null : i.overallRating().label());
        json.put("warnings", i.warnings().size());
        json.put("source", i.source());
        json.put("added", i.added() == null ? null : i.added().toString());
        return json;
    }

    static Map<String, Object> full(LibraryInspection i) {
        Map<String, Object> json = summary(i);
        Map<String, Object> cases = new LinkedHashMap<>();
        cases.put("court", i.cases().court());
        cases.put("outOfCourt", i.cases().outOfCourt());
        cases.put("resettlement", i.cases().resettlement());
        json.put("cases", cases);
        json.put("standards", i.standards().stream().map(LibraryJson::standard).toList());
        json.put("warnings", i.warnings());
        return json;
    }

    static Map<String, Object> addition(LibraryAddition addition) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("outcome", addition.outcome().name().toLowerCase(java.util.Locale.ROOT));
        json.put("message", addition.outcome().words().replace("with replace", "with ?replace=true"));
        json.put("differences", addition.differences());
        json.put("inspection", full(addition.inspection()));
        return json;
    }

    private static Map<String, Object> standard(LibraryStandard s) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("number", s.number());
        json.put("name", s.name());
        json.put("rating", s.rating() == null ? null : s.rating().label());
        json.put("keyQuestions", s.keyQuestions().stream().map(LibraryJson::keyQuestion).toList());
        return json;
    }

    private static Map<String, Object> keyQuestion(LibraryKeyQuestion q) {
        Map<String, Object> json = new LinkedHashMap<>();
        CaseFigure f = q.figure();
        json.put("keyQuestionId", q.keyQuestionId());
        json.put("text", q.text());
        json.put("yes", f == null ? null : f.yes());
        json.put("relevant", f == null ? null : f.relevant());
        json.put("percent", f == null ? null : f.percent());
        return json;
    }

    static List<Map<String, Object>> list(List<LibraryInspection> all) {
        return all.stream().map(LibraryJson::summary).toList();
    }
}
