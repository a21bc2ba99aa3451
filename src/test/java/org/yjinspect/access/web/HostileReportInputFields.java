package org.yjinspect.access.web;

import static org.yjinspect.access.web.HostileField.Form.CODED;
import static org.yjinspect.access.web.HostileField.Form.FREE_TEXT;
import static org.yjinspect.access.web.HostileField.Form.NAME;

import java.util.List;
import org.yjinspect.context.domain.FigureWording;
import org.yjinspect.finding.domain.FindingWording;
import org.yjinspect.recommendation.domain.RecommendationWording;

/** The text fields of the report's own inputs: recommendations by addressee and the contextual figures. */
final class HostileReportInputFields extends HostileScene {
    private final long main;
    private final String recommendations;
    private final String figures;
    private final String findings;

    HostileReportInputFields(HostileClient http, long main) {
        super(http);
        this.main = main;
        this.recommendations = "/api/inspections/" + main + "/recommendations";
        this.figures = "/api/inspections/" + main + "/contextual-facts";
        this.findings = "/api/inspections/" + main + "/findings";
    }

    List<HostileField> all() {
        return List.of(
                HostileField.of("RecommendationRoutes.RecommendationRequest.addressee", NAME,
                        RecommendationWording.LONGEST_ADDRESSEE, "addressee", text -> http.json("POST", recommendations,
                                body("addressee", text, "text", "improve contingency planning"), LEAD),
                        () -> values(read(recommendations), "addressee"), written -> main),
                HostileField.of("RecommendationRoutes.RecommendationRequest.text", FREE_TEXT,
                        RecommendationWording.LONGEST_TEXT, "recommendation|text", text -> http.json("POST", recommendations,
                                body("addressee", "The YJS management board should", "text", text), LEAD),
                        () -> values(read(recommendations), "text"), written -> main),
                figure("label", FigureWording.LONGEST_LABEL),
                figure("value", FigureWording.LONGEST_VALUE),
                figure("source", FigureWording.LONGEST_SOURCE),
                HostileField.of("FindingRoutes.FindingRequest.text", NAME, FindingWording.LONGEST_TEXT, "finding|text",
                        text -> http.json("POST", findings, body("domain", 1, "kind", "strength", "text", text), LEAD),
                        () -> values(read(findings).get("findings"), "text"), written -> main),
                HostileField.of("FindingRoutes.FindingRequest.kind", CODED, 0, "kind", text -> http.json("POST",
                        findings, body("domain", 1, "kind", text, "text", "The board is well led."), LEAD),
                        () -> values(read(findings).get("findings"), "kind"), written -> main));
    }

    private HostileField figure(String field, int longest) {
        return HostileField.of("ContextRoutes.FigureRequest." + field, NAME, longest, field, text -> {
            var body = body("label", "Reoffending rate (national)", "value", "34.9%", "source", "MoJ, January 2022");
            body.put(field, text);
            return http.json("POST", figures + "/figures", body, LEAD);
        }, () -> values(read(figures).get("figures"), field), written -> main);
    }
}
