package org.yjinspect.report.app;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yjinspect.framework.domain.Domain;
import org.yjinspect.framework.domain.Framework;
import org.yjinspect.framework.domain.Standard;
import org.yjinspect.organisation.app.OrganisationView;
import org.yjinspect.panel.app.PanelView;
import org.yjinspect.rating.app.KeyQuestionResult;
import org.yjinspect.rating.app.StandardResult;
import org.yjinspect.rating.domain.PanelOutcome;
import org.yjinspect.report.domain.DomainChapter;
import org.yjinspect.report.domain.KeyQuestionLine;
import org.yjinspect.report.domain.RatingLine;
import org.yjinspect.report.domain.RatingsSummary;
import org.yjinspect.report.domain.StandardChapter;

/** A chapter per domain, a section per standard, from the live ratings and the recorded evidence. */
final class ChapterAssembly {
    private ChapterAssembly() {
    }

    static List<DomainChapter> chapters(Framework framework, PanelView view, RatingsSummary ratings, CaseFigures cases,
                                        OrganisationView evidence) {
        Map<String, RatingLine> lines = new HashMap<>();
        ratings.domains().forEach(d -> d.standards().forEach(l -> lines.put(l.number(), l)));
        ratings.resettlement().ifPresent(l -> lines.put(l.number(), l));
        Map<String, StandardResult> results = new HashMap<>();
        view.live().rating().allStandards().forEach(s -> results.put(s.number(), s));
        Map<String, OrganisationView.QualitativeStandard> qualitative = new HashMap<>();
        evidence.standards().forEach(q -> qualitative.put(q.number(), q));
        List<DomainChapter> chapters = new ArrayList<>();
        for (Domain domain : framework.domains()) {
            List<StandardChapter> standards = domain.standards().stream().map(s -> section(s, results.get(s.number()),
                    lines.get(s.number()), cases, qualitative.get(s.number()))).toList();
            chapters.add(new DomainChapter(domain.number(), domain.name(), SampleSentences.of(domain, cases), standards));
        }
        return chapters;
    }

    private static StandardChapter section(Standard standard, StandardResult result, RatingLine line, CaseFigures cases,
                                           OrganisationView.QualitativeStandard qualitative) {
        PanelOutcome outcome = result.panel().value();
        Optional<StandardChapter.Discretion> discretion = outcome.moved()
                ? Optional.of(new StandardChapter.Discretion(result.computed().rating().orElseThrow(),
                outcome.finalRating().orElseThrow(), outcome.decision().orElseThrow().rationale()))
                : Optional.empty();
        int caseCount = standard.caseType() == null ? 0 : cases.cases(standard.caseType());
        return new StandardChapter(standard.number(), standard.name(), standard.statement() == null ? ""
                : standard.statement(), standard.caseBased(), line, outcome.moved() ? result.panel().reason()
                : result.computed().reason(), caseCount, keyQuestions(result), discretion, result.panelRefusal(),
                evidence(qualitative), cases.goodPractice(standard.number()));
    }

    private static List<KeyQuestionLine> keyQuestions(StandardResult result) {
        List<KeyQuestionLine> rows = new ArrayList<>();
        int driving = result.computed().drivingIndex();
        for (int i = 0; i < result.keyQuestions().size(); i++) {
            KeyQuestionResult kq = result.keyQuestions().get(i);
            int yes = kq.figure().hasCounts() ? kq.figure().yes() : 0;
            int relevant = kq.figure().hasCounts() ? kq.figure().relevant() : 0;
            rows.add(new KeyQuestionLine(kq.text(), yes, relevant, Optional.ofNullable(kq.band().value()),
                    i == driving));
        }
        return rows;
    }

    private static List<StandardChapter.QuestionEvidence> evidence(OrganisationView.QualitativeStandard standard) {
        if (standard == null) {
            return List.of();
        }
        return standard.questions().stream().map(q -> new StandardChapter.QuestionEvidence(q.number(), q.text(),
                q.evidence() == null || q.evidence().note() == null ? "" : q.evidence().note().strip())).toList();
    }
}
