package org.yjinspect.rating.text;

import java.util.List;
import java.util.Optional;
import org.yjinspect.rating.app.InspectionRating;
import org.yjinspect.rating.app.KeyQuestionResult;
import org.yjinspect.rating.app.StandardResult;
import org.yjinspect.rating.domain.PanelOutcome;
import org.yjinspect.rating.domain.Rating;

/**
 * Writes an inspection's ratings as plain text laid out like a report's ratings page. While
 * scored standards are unrated the score says "so far" and the next line names them; a refused
 * panel decision is shown under its standard with the reason.
 */
public final class RatingsPageWriter {
    private static final String[] DOMAINS = {"", "Organisational delivery", "Court disposals",
        "Out-of-court disposals", "Resettlement"};

    public String write(InspectionRating rating) {
        StringBuilder page = new StringBuilder();
        page.append(String.format("%-52s Score %d/%d%s%n", rating.service().isEmpty() ? "(service not named)"
                : rating.service(), rating.score().score(), rating.score().maxScore(),
                rating.score().missing().isEmpty() ? "" : " so far"));
        notYetRated(page, rating);
        page.append(String.format("%-52s %s%n", "Overall rating", label(rating.overallRating(), "none")));
        page.append("  ").append(rating.score().reason()).append(' ').append(rating.overall().reason()).append('\n');
        int domain = 0;
        for (StandardResult standard : rating.allStandards()) {
            if (standard.standard().domainNumber() != domain) {
                domain = standard.standard().domainNumber();
                page.append(String.format("%d. %s%n", domain, domain < DOMAINS.length ? DOMAINS[domain] : ""));
            }
            standard(page, standard);
        }
        page.append("Resettlement: ").append(rating.resettlement().reason()).append('\n');
        differences(page, rating.publishedDifferences());
        page.append("Framework version ").append(rating.version().label()).append('\n');
        return page.toString();
    }

    private static void standard(StringBuilder page, StandardResult s) {
        page.append(String.format("%-4s %-46s %s%s%n", s.number(), s.standard().name(),
                label(s.finalRating(), "Not rated"), s.finalRating().filter(r -> r == Rating.OUTSTANDING)
                        .map(r -> " *").orElse("")));
        if (!s.keyQuestions().isEmpty()) {
            for (KeyQuestionResult kq : s.keyQuestions()) {
                boolean driving = s.drivingKeyQuestion().map(d -> d == kq).orElse(false);
                String percent = kq.figure().hasRelevantCases() ? kq.figure().displayPercent() + "%" : "-";
                page.append(String.format("       %s %5s  %s%n", driving ? ">" : " ", percent, kq.text()));
            }
            page.append("       ").append(s.computed().reason()).append('\n');
        } else if (!s.computed().rated()) {
            page.append("       ").append(s.computed().reason()).append('\n');
        }
        s.triggers().raised().forEach(t -> page.append("       trigger: ").append(t.trigger().description())
                .append(" (").append(t.reason()).append(")\n"));
        s.triggers().notChecked().forEach(n -> page.append("       not checked: ").append(n).append('\n'));
        PanelOutcome panel = s.panel().value();
        if (panel.moved()) {
            page.append("       ").append(s.panel().reason()).append('\n');
        } else if (panel.refused()) {
            page.append("       panel decision ").append(panel.decision().orElseThrow().rating().label())
                    .append(" refused: ").append(s.panel().reason()).append("; the computed rating stands\n");
        }
    }

    /** A score with standards still unrated counts only the rated ones: say how many are missing, and which. */
    private static void notYetRated(StringBuilder page, InspectionRating rating) {
        List<String> missing = rating.score().missing();
        if (missing.isEmpty()) {
            return;
        }
        page.append("  ").append(missing.size()).append(" of ").append(rating.standards().size())
                .append(" scored standards not yet rated: ").append(String.join(", ", missing)).append('\n');
    }

    private static void differences(StringBuilder page, List<String> differences) {
        if (differences.isEmpty()) {
            return;
        }
        page.append("Differences from the published ratings:\n");
        differences.forEach(d -> page.append("  - ").append(d).append('\n'));
    }

    private static String label(Optional<Rating> rating, String none) {
        return rating.map(Rating::label).orElse(none);
    }
}
