package org.yjinspect.published.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.yjinspect.published.domain.ContextualFact;

class ContextualFactsParserTest {
    @Test
    void figuresAreReadWithTheirLabelsInEitherOrderAndTablesCellByCell() {
        ReportText text = TextNormaliser.normalise("Contextual facts\n\n123\tFirst-time entrant rate per 100,000 in Anytown\n"
                + "Gender\tMale\tFemale\nAnytown YOS\t80%\t20%\n\n7\n\nOffence types\t%\nRobbery\t10 %\n\n"
                + "1. Organisational delivery\n\n1.2. Staff\n\nKey staffing data\nTotal staff headcount (FTE)\t"
                + "12.5 (not including volunteers)\n");

        List<ContextualFact> facts = ContextualFactsParser.parse(text, SectionMap.build(text, 0, text.size()),
                new ArrayList<>());

        assertThat(facts).containsExactly(
                new ContextualFact("First-time entrant rate per 100,000 in Anytown", "123"),
                new ContextualFact("Gender Male (Anytown YOS)", "80%"),
                new ContextualFact("Gender Female (Anytown YOS)", "20%"),
                new ContextualFact("Offence types: Robbery", "10%"),
                new ContextualFact("Total staff headcount (FTE)", "12.5 (not including volunteers)"));
    }
}
