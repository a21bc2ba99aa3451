package org.yjinspect.library.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.yjinspect.framework.domain.Framework;
import org.yjinspect.framework.domain.KeyQuestion;
import org.yjinspect.framework.domain.Standard;
import org.yjinspect.published.domain.CaseFigure;
import org.yjinspect.published.domain.ImportWarning;
import org.yjinspect.published.domain.PrintedKeyQuestionFigure;
import org.yjinspect.published.domain.PublishedFigures;
import org.yjinspect.published.domain.PublishedKeyQuestion;
import org.yjinspect.published.domain.PublishedReport;
import org.yjinspect.published.domain.PublishedStandard;
import org.yjinspect.published.domain.PublishedStandardFigures;

/**
 * What the library keeps of a published inspection, made from an imported report or from the
 * figures the project holds: the ratings page, each standard's key-question figures with the
 * framework's id of each key question (null when the printed wording matches none), the cases
 * inspected and the importer's warnings as text. Not yet in the library: its id is 0.
 */
public final class LibraryFigures {
    private LibraryFigures() {
    }

    /** From an imported report; empty when it lacks what the library tells inspections by (its service and month). */
    public static Optional<LibraryInspection> fromReport(PublishedReport report, Optional<Framework> framework) {
        String key = report.service() == null ? null : ServiceKeyPolicy.fold(report.service()).value();
        if (key == null || report.published() == null) {
            return Optional.empty();
        }
        List<LibraryStandard> standards = new ArrayList<>();
        for (PublishedStandard s : report.standards()) {
            Optional<Standard> catalogued = framework.flatMap(f -> f.standard(s.number()));
            List<LibraryKeyQuestion> questions = new ArrayList<>();
            for (int i = 0; i < s.keyQuestions().size(); i++) {
                PublishedKeyQuestion q = s.keyQuestions().get(i);
                questions.add(new LibraryKeyQuestion(id(catalogued, s, i), q.text(), q.figure()));
            }
            standards.add(new LibraryStandard(s.number(), s.name(), s.rating(), questions));
        }
        List<String> warnings = report.warnings().stream().map(ImportWarning::message).toList();
        return Optional.of(new LibraryInspection(0, report.service().strip(), key, report.published(),
                report.frameworkVersion(), report.score(), report.maxScore(), report.overallRating(), standards,
                report.cases(), warnings, report.source(), null));
    }

    /** From held figures: they print no wording, so each key question is the framework's, in its order. */
    public static LibraryInspection fromHeld(PublishedFigures figures, Framework framework, Instant added) {
        List<LibraryStandard> standards = new ArrayList<>();
        for (PublishedStandardFigures s : figures.standards()) {
            Optional<Standard> catalogued = framework.standard(s.number());
            List<KeyQuestion> framed = catalogued.map(Standard::keyQuestions).orElse(List.of());
            List<LibraryKeyQuestion> questions = new ArrayList<>();
            for (int i = 0; i < s.keyQuestions().size(); i++) {
                KeyQuestion kq = i < framed.size() ? framed.get(i) : null;
                questions.add(new LibraryKeyQuestion(kq == null ? null : kq.id(),
                        kq == null ? "key question " + (i + 1) : kq.text(), figure(s.keyQuestions().get(i))));
            }
            standards.add(new LibraryStandard(s.number(), catalogued.map(Standard::name).orElse(""), s.rating(),
                    questions));
        }
        return new LibraryInspection(0, figures.service(), ServiceKeyPolicy.fold(figures.service()).value(),
                figures.published(), figures.frameworkVersion(), figures.score(), figures.maxScore(),
                figures.overallRating(), standards, figures.cases(), List.of(), figures.id() + ".json", added);
    }

    /**
     * The framework's key question a printed one is. Where the importer fitted the standard's key
     * questions to the framework (all of them, in its order, as the rating engine takes them), the
     * one in the same place; a printed slip in a wording the importer tolerated then costs nothing.
     * Otherwise only a wording the framework knows.
     */
    private static String id(Optional<Standard> standard, PublishedStandard printed, int index) {
        if (standard.isEmpty()) {
            return null;
        }
        List<KeyQuestion> framed = standard.get().keyQuestions();
        if (printed.keyQuestionsComplete() && printed.keyQuestions().size() == framed.size()) {
            return framed.get(index).id();
        }
        String text = printed.keyQuestions().get(index).text();
        return framed.stream().filter(kq -> kq.isPrintedAs(text)).findFirst().map(KeyQuestion::id).orElse(null);
    }

    private static CaseFigure figure(PrintedKeyQuestionFigure printed) {
        if (printed.counted()) {
            return CaseFigure.counted(printed.yes(), printed.relevant());
        }
        return CaseFigure.printed((int) Math.round(printed.percent()));
    }
}
