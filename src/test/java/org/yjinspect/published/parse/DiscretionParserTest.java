package org.yjinspect.published.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yjinspect.published.domain.DiscretionStatement;
import org.yjinspect.published.domain.ImportWarning;
import org.yjinspect.rating.domain.Rating;

class DiscretionParserTest {
    private static final Map<String, String> NAMES = Map.of("2.1", "Assessment", "2.2", "Planning", "3.1", "Assessment",
            "3.2", "Planning");

    private List<DiscretionStatement> parse(String text) {
        ReportText report = TextNormaliser.normalise(text);
        return DiscretionParser.parse(report, SectionMap.build(report, 0, report.size()), NAMES, new ArrayList<ImportWarning>());
    }

    @Test
    void discretionIsPlacedOnTheStandardNamedInTheDomainItIsWrittenIn() {
        List<DiscretionStatement> found = parse("Court disposals\n\nThe lowest score was 50 per cent. However, the "
                + "sample was small. Therefore, our ratings panel applied professional discretion and amended the "
                + "overall rating for assessment to 'Good'.\n\nOut-of-court disposals\n\nThe figure was not "
                + "representative. Our ratings panel therefore applied professional discretion and amended the overall "
                + "rating for planning to 'Requires improvement'.\n");

        assertThat(found).extracting(DiscretionStatement::standard).containsExactly("2.1", "3.2");
        assertThat(found.get(0).amendedTo()).isEqualTo(Rating.GOOD);
        assertThat(found.get(0).statement()).startsWith("However, the sample was small. Therefore,");
    }

    @Test
    void discretionNotExercisedAndTheMethodologysGeneralWordsAreNotStatementsOfUse() {
        assertThat(parse("2. Court disposals\n\nThis was a fair summary and therefore the ratings panel did not "
                + "exercise discretion to increase the rating for planning.\n\nAn element of professional discretion "
                + "may be applied to the standards ratings in domains two and three.\n")).isEmpty();
    }

    @Test
    void aPanelThatDecidedToExerciseDiscretionUsedIt() {
        assertThat(parse("2. Court disposals\n\nThe ratings panel decided to exercise professional discretion and "
                + "amended the rating for planning to 'Good'.\n")).extracting(DiscretionStatement::standard)
                .containsExactly("2.2");
    }

    @Test
    void otherWordingsOfTheDecisionAreRead() {
        List<DiscretionStatement> found = parse("2. Court disposals\n\nAlthough the lowest key question did not reach "
                + "the threshold, the ratings panel used its discretion to raise the rating for court disposal planning "
                + "from 'Requires improvement' to 'Good'.\n\n3. Out-of-court disposals\n\nDiscretion was applied "
                + "and the rating of out-of-court assessment was amended to 'Requires improvement'.\n");

        assertThat(found).extracting(DiscretionStatement::standard).containsExactly("2.2", "3.1");
        assertThat(found).extracting(DiscretionStatement::amendedTo).containsExactly(Rating.GOOD,
                Rating.REQUIRES_IMPROVEMENT);
    }

    @Test
    void saidNotToBeUsedOrOnlyDescribedIsNotAUse() {
        assertThat(parse("2. Court disposals\n\nThe panel decided against using its discretion for assessment.\n\n"
                + "No discretion was applied to planning.\n\nThe ratings panel can use professional discretion where "
                + "a sample is small.\n")).isEmpty();
    }
}
