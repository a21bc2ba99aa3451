package org.yjinspect.published.page;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.yjinspect.framework.domain.Domain;
import org.yjinspect.framework.domain.Framework;
import org.yjinspect.framework.domain.KeyQuestion;
import org.yjinspect.published.app.PublishedInspections.PublishedInspection;
import org.yjinspect.published.domain.PrintedKeyQuestionFigure;
import org.yjinspect.published.domain.PublishedFigures;
import org.yjinspect.published.domain.PublishedStandardFigures;
import org.yjinspect.published.domain.RecordedPanelDecision;
import org.yjinspect.rating.app.InspectionRating;
import org.yjinspect.rating.app.StandardResult;
import org.yjinspect.rating.domain.Rating;

/**
 * A published inspection's ratings page as the page lays it out, domain by domain like a
 * report's: each standard's published rating, its key-question figures as printed, the panel's
 * discretion where the report records it, and the rating engine's re-rating beside it with any
 * difference.
 */
public record PublishedRatingsView(PublishedFigures figures, InspectionRating reRating, List<DomainRows> domains) {
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);

    /** One domain's standards, under the domain's heading. */
    public record DomainRows(String heading, List<Row> rows) {
    }

    /** One standard: as published, and as re-rated ({@code difference} empty when they agree). */
    public record Row(String number, String name, boolean scored, Rating published, List<Figure> keyQuestions,
                      RecordedPanelDecision panel, Rating reRated, String reRatingReason, String difference) {
    }

    /** A key question and its figure as the report prints it. */
    public record Figure(String question, String printed) {
    }

    static PublishedRatingsView of(PublishedInspection inspection, Framework framework) {
        List<DomainRows> domains = new ArrayList<>();
        for (Domain domain : framework.domains()) {
            List<Row> rows = new ArrayList<>();
            domain.standards().forEach(standard -> inspection.figures().standard(standard.number())
                    .ifPresent(printed -> rows.add(row(printed, result(inspection.reRating(), standard.number())))));
            if (!rows.isEmpty()) {
                domains.add(new DomainRows("Domain " + domain.number() + ": " + domain.name(), rows));
            }
        }
        return new PublishedRatingsView(inspection.figures(), inspection.reRating(), domains);
    }

    private static Row row(PublishedStandardFigures printed, StandardResult result) {
        List<Figure> figures = new ArrayList<>();
        List<KeyQuestion> questions = result.standard().keyQuestions();
        for (int i = 0; i < printed.keyQuestions().size(); i++) {
            PrintedKeyQuestionFigure figure = printed.keyQuestions().get(i);
            figures.add(new Figure(i < questions.size() ? questions.get(i).text() : "Key question " + (i + 1),
                    figure.printed()));
        }
        String reason = result.panel().value().moved() ? "Ratings panel: " + result.panel().reason()
                : result.computed().reason();
        return new Row(result.number(), result.standard().name(), result.standard().scored(), printed.rating(), figures,
                printed.panel(), result.finalRating().orElse(null), reason, result.publishedDifference().orElse(""));
    }

    private static StandardResult result(InspectionRating rating, String number) {
        return rating.allStandards().stream().filter(s -> s.number().equals(number)).findFirst()
                .orElseThrow(() -> new IllegalStateException("standard " + number + " was held but not re-rated"));
    }

    /** "February 2022". */
    public static String month(YearMonth month) {
        return MONTH.format(month);
    }

    /** How many places the re-rating differs from the published figures. */
    public int differences() {
        return reRating.publishedDifferences().size();
    }
}
