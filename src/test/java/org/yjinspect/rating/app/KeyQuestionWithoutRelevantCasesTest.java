package org.yjinspect.rating.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.yjinspect.framework.domain.FrameworkVersion;
import org.yjinspect.rating.TestFrameworks;
import org.yjinspect.rating.domain.KeyQuestionFigure;
import org.yjinspect.rating.domain.Rating;
import org.yjinspect.rating.json.RatingJsonWriter;
import org.yjinspect.rating.text.RatingsPageWriter;

/**
 * Live ratings meet key questions no case has been judged relevant to yet (0 of 0): such a key
 * question is left out, has no band, and is shown without a percentage, never as NaN.
 */
class KeyQuestionWithoutRelevantCasesTest {
    private final RateInspection rateInspection = new RateInspection(TestFrameworks::of);

    private InspectionRating rate(List<KeyQuestionFigure> figures) {
        return rateInspection.rate(new RateInspectionCommand("YJS", FrameworkVersion.V2021,
                List.of(new StandardEntry("2.2", figures, Optional.empty(), Optional.empty())), CaseCounts.UNKNOWN,
                Optional.empty(), Optional.empty()));
    }

    private static StandardResult standard(InspectionRating rating) {
        return rating.standards().stream().filter(s -> s.number().equals("2.2")).findFirst().orElseThrow();
    }

    @Test
    void aKeyQuestionWithNoRelevantCasesIsLeftOutAndHasNoBand() {
        InspectionRating rating = rate(List.of(KeyQuestionFigure.counted(null, 3, 4), KeyQuestionFigure.counted(null, 0, 0),
                KeyQuestionFigure.counted(null, 4, 4)));

        StandardResult result = standard(rating);
        assertThat(result.computed().rating()).contains(Rating.GOOD);
        assertThat(result.keyQuestions().get(1).band().value()).isNull();
        assertThat(result.keyQuestions().get(1).band().reason()).contains("no relevant cases");
        String json = new RatingJsonWriter().write(rating);
        assertThat(json).doesNotContain("NaN");
        assertThat(new RatingsPageWriter().write(rating)).doesNotContain("NaN");
    }

    @Test
    void aStandardWhoseKeyQuestionsHaveNoRelevantCasesIsNotRated() {
        InspectionRating rating = rate(List.of(KeyQuestionFigure.counted(null, 0, 0), KeyQuestionFigure.counted(null, 0, 0),
                KeyQuestionFigure.counted(null, 0, 0)));

        assertThat(standard(rating).computed().rated()).isFalse();
        assertThat(new RatingJsonWriter().write(rating)).doesNotContain("NaN");
    }
}
