package org.yjinspect.published.text;

import java.util.Objects;
import org.yjinspect.published.domain.PromptFigure;
import org.yjinspect.published.domain.PublishedKeyQuestion;
import org.yjinspect.published.domain.PublishedReport;
import org.yjinspect.published.domain.PublishedStandard;
import org.yjinspect.rating.domain.Rating;

/** Writes an imported report as text: ratings page, figures, cases, recommendations, discretion, warnings. */
public final class PublishedReportText {
    public String write(PublishedReport report) {
        StringBuilder out = new StringBuilder();
        out.append(report.source()).append(": ").append(Objects.toString(report.service(), "(service not found)"))
                .append('\n');
        out.append("Published ").append(Objects.toString(report.published(), "?")).append(", framework ")
                .append(report.frameworkVersion().label());
        if (report.fieldwork() != null) {
            out.append(", fieldwork ").append(Objects.toString(report.fieldwork().start(), "?")).append(" to ")
                    .append(Objects.toString(report.fieldwork().end(), "?"));
        }
        out.append("\nScore ").append(Objects.toString(report.score(), "?")).append('/')
                .append(Objects.toString(report.maxScore(), "?")).append("  Overall rating: ")
                .append(label(report.overallRating())).append("\n\n");
        for (PublishedStandard standard : report.standards()) {
            standard(out, standard);
        }
        out.append("\nCases inspected: court ").append(Objects.toString(report.cases().court(), "?"))
                .append(", out-of-court ").append(Objects.toString(report.cases().outOfCourt(), "?"))
                .append(", resettlement ").append(Objects.toString(report.cases().resettlement(), "?")).append('\n');
        report.oocdDisposalTypes().forEach(t -> out.append("  ").append(t.count()).append(' ').append(t.type()).append('\n'));
        out.append("\nRecommendations (").append(report.recommendations().size()).append("):\n");
        report.recommendations().forEach(r -> out.append("  [").append(r.addressee()).append("] ").append(r.text())
                .append('\n'));
        out.append("\nContextual facts: ").append(report.contextualFacts().size()).append('\n');
        report.discretion().forEach(d -> out.append("Panel discretion on ").append(d.standard()).append(": ")
                .append(d.statement()).append('\n'));
        out.append("\nWarnings (").append(report.warnings().size()).append("):\n");
        report.warnings().forEach(w -> out.append("  ").append(w.kind()).append(": ").append(w.message())
                .append(w.line() == null ? "" : " (line " + w.line() + ")").append('\n'));
        return out.toString();
    }

    private static void standard(StringBuilder out, PublishedStandard standard) {
        out.append(String.format("%-4s %-45s %-21s", standard.number(), standard.name(), label(standard.rating())));
        if (standard.computedRating() != null) {
            out.append(" computed ").append(standard.computedRating().label());
        }
        if (standard.panel() != null) {
            out.append(" (ratings panel)");
        }
        out.append('\n');
        for (PublishedKeyQuestion question : standard.keyQuestions()) {
            out.append("       ").append(question.figure() == null ? "?" : question.figure().describe()).append("  ")
                    .append(question.text()).append('\n');
            for (PromptFigure prompt : question.prompts()) {
                out.append("           ").append(prompt.figure().describe()).append("  ").append(prompt.text())
                        .append('\n');
            }
        }
    }

    private static String label(Rating rating) {
        return rating == null ? "-" : rating.label();
    }
}
