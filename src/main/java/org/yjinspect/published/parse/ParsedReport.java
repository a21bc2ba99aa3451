package org.yjinspect.published.parse;

import java.time.YearMonth;
import java.util.List;
import org.yjinspect.published.domain.CasesInspected;
import org.yjinspect.published.domain.CaseManagerInterviews;
import org.yjinspect.published.domain.ContextualFact;
import org.yjinspect.published.domain.DiscretionStatement;
import org.yjinspect.published.domain.DisposalTypeCount;
import org.yjinspect.published.domain.Fieldwork;
import org.yjinspect.published.domain.ImportWarning;
import org.yjinspect.published.domain.PublishedStandard;
import org.yjinspect.published.domain.PublishedRecommendation;
import org.yjinspect.published.domain.VersionEvidence;
import org.yjinspect.rating.domain.Rating;

/**
 * Everything read from the text, before the framework catalogue and the rating engine are
 * consulted. {@code recognised} is false when the text does not look like an inspection report
 * at all; {@code notRecognisedBecause} then says why. {@code unsupportedBecause} says why a
 * report follows a framework yjinspect does not know (null when it is one it knows). {@code notRated} lists the standards the
 * ratings page prints as not rated.
 */
public record ParsedReport(boolean recognised, String notRecognisedBecause, String unsupportedBecause, String service, YearMonth published,
                           Fieldwork fieldwork, Integer score, Integer maxScore, Rating overallRating,
                           List<PublishedStandard> standards, List<VersionEvidence> versionEvidence,
                           CaseSample sample, List<PublishedRecommendation> recommendations,
                           List<ContextualFact> contextualFacts, List<DiscretionStatement> discretion,
                           List<String> notRated, List<ImportWarning> warnings) {
    public ParsedReport {
        standards = List.copyOf(standards);
        versionEvidence = List.copyOf(versionEvidence);
        recommendations = List.copyOf(recommendations);
        contextualFacts = List.copyOf(contextualFacts);
        discretion = List.copyOf(discretion);
        notRated = List.copyOf(notRated);
        warnings = List.copyOf(warnings);
    }

    public CasesInspected cases() {
        return sample.cases();
    }

    public List<DisposalTypeCount> disposalTypes() {
        return sample.disposalTypes();
    }

    public CaseManagerInterviews interviews() {
        return sample.interviews();
    }
}
