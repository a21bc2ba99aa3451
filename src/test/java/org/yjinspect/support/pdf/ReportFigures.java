package org.yjinspect.support.pdf;

import java.util.ArrayList;
import java.util.List;
import org.yjinspect.published.domain.PromptFigure;
import org.yjinspect.published.domain.PublishedKeyQuestion;
import org.yjinspect.published.domain.PublishedReport;
import org.yjinspect.published.domain.PublishedStandard;

/**
 * An imported report's figures, one per line, to compare two readings of the same report: the
 * ratings page (service, score, overall rating, every standard's rating), every key question's
 * and prompt's figure, the computed ratings and the cases inspected. Wording (question texts,
 * prose) is left out: wrapping a line differently may change it, never a figure.
 */
public final class ReportFigures {
    private ReportFigures() {
    }

    public static List<String> of(PublishedReport report) {
        List<String> lines = new ArrayList<>();
        lines.add("service " + report.service());
        lines.add("published " + report.published() + ", framework " + report.frameworkVersion().label());
        lines.add("score " + report.score() + "/" + report.maxScore() + ", overall " + report.overallRating());
        lines.add("cases " + report.cases());
        for (PublishedStandard standard : report.standards()) {
            lines.add(standard.number() + " rated " + standard.rating() + ", computed " + standard.computedRating()
                    + (standard.panel() == null ? "" : ", panel " + standard.panel().rating()));
            int q = 0;
            for (PublishedKeyQuestion question : standard.keyQuestions()) {
                q++;
                lines.add(standard.number() + " key question " + q + ": " + describe(question));
                for (PromptFigure prompt : question.prompts()) {
                    lines.add(standard.number() + " key question " + q + " prompt " + prompt.letter() + ": "
                            + (prompt.figure() == null ? "-" : prompt.figure().describe()));
                }
            }
        }
        return lines;
    }

    private static String describe(PublishedKeyQuestion question) {
        return question.figure() == null ? "-" : question.figure().describe();
    }
}
