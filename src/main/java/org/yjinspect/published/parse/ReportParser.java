package org.yjinspect.published.parse;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yjinspect.published.domain.CasesInspected;
import org.yjinspect.published.domain.CaseManagerInterviews;
import org.yjinspect.published.domain.Fieldwork;
import org.yjinspect.published.domain.ImportWarning;
import org.yjinspect.published.domain.PublishedKeyQuestion;
import org.yjinspect.published.domain.PublishedStandard;
import org.yjinspect.published.domain.WarningKind;
import org.yjinspect.rating.domain.Rating;

/**
 * Reads a report's text section by section: where the report lies in the file, its title page,
 * ratings page, standards with their figures, case sample, recommendations, contextual facts,
 * discretion statements and the known kinds of printing defect. Each section is read on its
 * own, so a damaged section costs only itself.
 */
public final class ReportParser {
    private ReportParser() {
    }

    public static ParsedReport parse(String raw) {
        List<ImportWarning> warnings = new ArrayList<>();
        ReportText text = TextNormaliser.normalise(raw);
        ReportSpan span = ReportLocator.locate(text, warnings);
        RatingsPage page = SectionGuard.read("ratings page", () -> RatingsPageParser.parse(text, span.start(), span.end())
                .orElse(null), null, warnings);
        int bodyStart = page != null ? page.end() : span.start();
        SectionMap sections = SectionMap.build(text, bodyStart, span.end());
        Map<String, List<PublishedKeyQuestion>> annexe = SectionGuard.read("inspection data annexe",
                () -> DataAnnexeParser.parse(text, sections, warnings), Map.of(), warnings);
        List<PublishedStandard> standards = SectionGuard.read("standards", () -> StandardsAssembler.assemble(page, text,
                sections, annexe, warnings), List.of(), warnings);
        String notRecognised = recognition(span, page, standards);
        String unsupported = SectionGuard.read("framework", () -> VersionSigns.unsupported(text, span, page).orElse(null), null,
                warnings);
        if (notRecognised != null || unsupported != null) {
            return new ParsedReport(false, notRecognised, unsupported, null, null, null, null, null, null, List.of(), List.of(),
                    new CaseSample(CasesInspected.UNKNOWN, List.of(), CaseManagerInterviews.UNKNOWN), List.of(), List.of(),
                    List.of(), List.of(), warnings);
        }
        if (page == null) {
            warnings.add(ImportWarning.of(WarningKind.NOT_FOUND, "no ratings page was found"));
        } else {
            pageNotes(page, warnings);
        }
        YearMonth published = SectionGuard.read("title page", () -> DatesParser.published(text, span.start(), span.end())
                .orElse(null), null, warnings);
        if (published == null) {
            warnings.add(ImportWarning.of(WarningKind.NOT_FOUND, "no publication month was found on the title page"));
        }
        Fieldwork fieldwork = SectionGuard.read("fieldwork dates", () -> DatesParser.fieldwork(text, span.start(),
                span.end()), null, warnings);
        Map<String, String> names = new LinkedHashMap<>();
        standards.forEach(s -> names.put(s.number(), s.name()));
        Map<String, String> bodyNames = new LinkedHashMap<>();
        sections.standardSections().forEach(s -> bodyNames.put(s.number(), s.name()));
        defects(text, span, sections, page, standards, warnings);
        Rating overall = page == null || page.overall() == null ? OverallStatement.find(text, span, warnings).orElse(null)
                : page.overall();
        return new ParsedReport(true, null, null, service(page, span), published, fieldwork,
                page == null ? null : page.score(), page == null ? null : page.maxScore(), overall, standards,
                VersionSigns.collect(standards, bodyNames, countTables(standards), published),
                SectionGuard.read("case sample", () -> CaseSampleParser.parse(text, span.start(), span.end(), warnings),
                        new CaseSample(CasesInspected.UNKNOWN, List.of(), CaseManagerInterviews.UNKNOWN), warnings),
                SectionGuard.read("recommendations", () -> RecommendationsParser.parse(text, sections, warnings),
                        List.of(), warnings),
                SectionGuard.read("contextual facts", () -> ContextualFactsParser.parse(text, sections, warnings),
                        List.of(), warnings),
                SectionGuard.read("discretion statements", () -> DiscretionParser.parse(text, sections, names, warnings),
                        List.of(), warnings),
                page == null ? List.of() : page.notRated(), warnings);
    }

    private static String recognition(ReportSpan span, RatingsPage page, List<PublishedStandard> standards) {
        boolean ratingsPage = page != null && (page.score() != null || page.standards().size() >= 3);
        long withFigures = standards.stream().filter(s -> !s.keyQuestions().isEmpty()).count();
        if (span.titleFound() || ratingsPage || withFigures >= 2) {
            return null;
        }
        return "it has no report title ('An inspection of youth offending services in ...'), no ratings page "
                + "('Score N/36' and the standards' ratings) and no standard chapters with key-question figures";
    }

    private static void defects(ReportText text, ReportSpan span, SectionMap sections, RatingsPage page,
                                List<PublishedStandard> standards, List<ImportWarning> warnings) {
        long scored = standards.stream().filter(s -> s.domain() >= 1 && s.domain() <= 3).count();
        int scoredStandards = page != null && page.maxScore() != null && page.maxScore() % 3 == 0
                ? page.maxScore() / 3 : (int) scored;
        SectionGuard.read("template text", () -> {
            TemplateTextCheck.check(text, span.start(), span.end(), scoredStandards, warnings);
            return null;
        }, null, warnings);
        SectionGuard.read("question lists", () -> {
            QuestionCountCheck.check(text, sections, warnings);
            return null;
        }, null, warnings);
        SectionGuard.read("OCR check", () -> {
            OcrSlipCheck.check(text, span.start(), span.end(), warnings);
            return null;
        }, null, warnings);
    }

    private static void pageNotes(RatingsPage page, List<ImportWarning> warnings) {
        page.notRated().forEach(n -> warnings.add(ImportWarning.of(WarningKind.NOT_FOUND, "standard " + n
                + " is printed as not rated on the ratings page")));
        if (page.unmatched()) {
            warnings.add(ImportWarning.of(WarningKind.INCONSISTENT_FIGURES, "the ratings page lists its standards and "
                    + "their ratings apart, and they do not pair up one to one; no rating was taken from it for them"));
        }
        if (page.strayRatings() > 0) {
            warnings.add(ImportWarning.of(WarningKind.INCONSISTENT_FIGURES, "the ratings page prints " + page.strayRatings()
                    + " rating(s) that no standard on it was waiting for; they were left out"));
        }
    }

    private static String service(RatingsPage page, ReportSpan span) {
        if (page != null && page.service() != null && !page.service().isBlank()) {
            return page.service();
        }
        return span.titleService();
    }

    private static boolean countTables(List<PublishedStandard> standards) {
        return standards.stream().filter(s -> s.domain() == 2).flatMap(s -> s.keyQuestions().stream())
                .anyMatch(q -> q.figure() != null && q.figure().hasCounts());
    }
}
