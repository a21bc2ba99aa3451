package org.yjinspect.published.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yjinspect.published.domain.ImportWarning;
import org.yjinspect.published.domain.PublishedKeyQuestion;
import org.yjinspect.published.domain.WarningKind;

class DataAnnexeParserTest {
    @Test
    void promptsAreReadPerKeyQuestionAndDamageIsReported() {
        ReportText text = TextNormaliser.normalise("Annexe 2: Inspection data\n\nData from inspected cases:32\n\n"
                + "2.4. Reviewing (court disposals)\t\nDoes reviewing do A?\t% yes\na) Is one thing done?\t100%\n"
                + "b) Is another done?\t75%\n\u00b3\u00b2 Some questions do not apply.\nb) Is a third done?\t50%\n"
                + "GARBLED CHARACTERS HERE\t\nDoes reviewing do B?\n\na) Is it done for B?\t20%\n");
        List<ImportWarning> warnings = new ArrayList<>();

        Map<String, List<PublishedKeyQuestion>> data = DataAnnexeParser.parse(text, SectionMap.build(text, 0, text.size()),
                warnings);

        assertThat(data.get("2.4")).extracting(PublishedKeyQuestion::text).containsExactly("Does reviewing do A?",
                "Does reviewing do B?");
        assertThat(data.get("2.4").get(0).prompts()).extracting(p -> p.letter() + p.figure().percent())
                .containsExactly("a100", "b75", "b50");
        assertThat(warnings).extracting(ImportWarning::kind).containsExactlyInAnyOrder(WarningKind.PROMPT_LETTERS,
                WarningKind.UNREADABLE_LINE);
    }

    @Test
    void promptCountsPrintedWithTheirPercentageAreCounts() {
        ReportText text = TextNormaliser.normalise("Annexe 2: Inspection data\n\n2.1. Assessment (court disposals)\n"
                + "Does assessment do A?\na) Is one thing done?\t75% (3/4)\nb) Is another done?\t1/2 (50%)\n");

        Map<String, List<PublishedKeyQuestion>> data = DataAnnexeParser.parse(text, SectionMap.build(text, 0, text.size()),
                new ArrayList<>());

        assertThat(data.get("2.1").get(0).prompts()).extracting(p -> p.figure().describe())
                .containsExactly("3/4 (75%)", "1/2 (50%)");
    }

    @Test
    void aPromptsFigureAfterItsQuestionMarkOrOnTheNextLineIsRead() {
        ReportText text = TextNormaliser.normalise("Annexe 2: Inspection data\n\n2.2. Planning (court disposals)\n"
                + "Does planning do A?\na) Is one thing done? 60%\nb) Is another\ndone?\n80%\n(c) Is a third done?\n40%\n");

        Map<String, List<PublishedKeyQuestion>> data = DataAnnexeParser.parse(text, SectionMap.build(text, 0, text.size()),
                new ArrayList<>());

        assertThat(data.get("2.2").get(0).prompts()).extracting(p -> p.letter() + p.figure().percent())
                .containsExactly("a60", "b80", "c40");
        assertThat(data.get("2.2").get(0).prompts().get(1).text()).isEqualTo("Is another done?");
    }
}
