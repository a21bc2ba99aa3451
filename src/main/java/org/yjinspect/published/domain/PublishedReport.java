package org.yjinspect.published.domain;

import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import org.yjinspect.framework.domain.FrameworkVersion;
import org.yjinspect.rating.domain.Rating;

/**
 * Everything read from one published inspection report. Fields the report does not print are
 * null (or empty lists); every gap or inconsistency is in {@code warnings}.
 */
public record PublishedReport(String source, String service, YearMonth published, Fieldwork fieldwork,
                              FrameworkVersion frameworkVersion, Integer score, Integer maxScore,
                              Rating overallRating, List<PublishedStandard> standards, CasesInspected cases,
                              List<DisposalTypeCount> oocdDisposalTypes, CaseManagerInterviews caseManagerInterviews,
                              List<PublishedRecommendation> recommendations, List<ContextualFact> contextualFacts,
                              List<DiscretionStatement> discretion, List<ImportWarning> warnings) {
    public PublishedReport {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(frameworkVersion, "frameworkVersion");
        standards = List.copyOf(standards);
        cases = cases == null ? CasesInspected.UNKNOWN : cases;
        oocdDisposalTypes = List.copyOf(oocdDisposalTypes);
        caseManagerInterviews = caseManagerInterviews == null ? CaseManagerInterviews.UNKNOWN : caseManagerInterviews;
        recommendations = List.copyOf(recommendations);
        contextualFacts = List.copyOf(contextualFacts);
        discretion = List.copyOf(discretion);
        warnings = List.copyOf(warnings);
    }

    public java.util.Optional<PublishedStandard> standard(String number) {
        return standards.stream().filter(s -> s.number().equals(number)).findFirst();
    }
}
