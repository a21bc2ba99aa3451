package org.yjinspect.published.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.yjinspect.published.domain.ImportWarning;
import org.yjinspect.published.domain.PublishedKeyQuestion;
import org.yjinspect.published.domain.WarningKind;

class StandardFiguresParserTest {
    private final List<ImportWarning> warnings = new ArrayList<>();

    private List<PublishedKeyQuestion> parse(String section) {
        ReportText text = TextNormaliser.normalise(section);
        return StandardFiguresParser.parse(text, new SectionMap.Section("2.2", "Planning", 0, text.size()), warnings);
    }

    @Test
    void countTablesGiveRelevantAndYesCasesWithPromptsUnderEachKeyQuestion() {
        List<PublishedKeyQuestion> questions = parse("2.2. Planning\n\nOur rating for planning is based on the following key questions:\n"
                + "Of the 6 cases inspected\tRelevant cases\tNumber 'Yes'\n"
                + "Does planning focus on A?\t6\t4\nDoes planning focus on B? <sup>9</sup>\t5\t3\n\nSome prose.\n\n"
                + "Does planning focus on A?\n\nOf the 6 cases inspected:\tRelevant cases\tNumber 'Yes'\n"
                + "Does planning do one thing?\t6\t5\nWhere applicable, does planning do another?\t4\t2\n\n"
                + "Does planning focus on B?\n\nOf the 5 cases with factors related to B:\tRelevant cases\tNumber 'Yes'\n"
                + "Does planning do a third thing?\t5\t1\n");

        assertThat(questions).extracting(q -> q.figure().describe()).containsExactly("4/6 (67%)", "3/5 (60%)");
        assertThat(questions.get(0).prompts()).extracting(p -> p.figure().describe()).containsExactly("5/6 (83%)", "2/4 (50%)");
        assertThat(questions.get(1).prompts()).hasSize(1);
        assertThat(warnings).isEmpty();
    }

    @Test
    void aYesOnlyKeyQuestionTableIsOfTheCasesItNames() {
        List<PublishedKeyQuestion> questions = parse("Our rating for assessment is based on the following key questions:\n"
                + "Of the 3 cases inspected:\tNumber 'Yes'\nDoes assessment do A?\t2\nDoes assessment do B?\t0\n\n"
                + "Does assessment do A?\n\nOf the 3 cases inspected:\tNumber 'Yes'\nIs one thing done?\t1\n");

        assertThat(questions).extracting(q -> q.figure().describe()).containsExactly("2/3 (67%)", "0/3 (0%)");
        assertThat(questions.get(0).prompts().get(0).figure().describe()).isEqualTo("1 'Yes'");
    }

    @Test
    void rowsBrokenOverLinesAndFiguresOnALineOfTheirOwnAreJoined() {
        List<PublishedKeyQuestion> questions = parse("based on the following key questions:\n"
                + "Of the 3 cases inspected:\tRelevant cases\tNumber 'Yes'\nDoes delivery support the safety of\t1\t0\n"
                + "\u00b2\u00b2 A footnote in the middle of the table.\nother people? 22\t1\tU\n\n"
                + "Does delivery support the safety of other people?\n\nOf the 1 case with factors:\tNumber 'Yes'\n"
                + "Is one thing done?\to\n# Is another thing done?\n\n4\n");

        assertThat(questions).hasSize(1);
        assertThat(questions.get(0).text()).isEqualTo("Does delivery support the safety of other people?");
        assertThat(questions.get(0).figure().describe()).isEqualTo("0/1 (0%)");
        assertThat(questions.get(0).prompts()).extracting(p -> p.figure().describe()).containsExactly("0 'Yes'", "4 'Yes'");
        assertThat(warnings).extracting(ImportWarning::kind).containsExactly(WarningKind.OCR_SLIP);
    }

    @Test
    void percentageTablesGiveThePrintedPercentages() {
        List<PublishedKeyQuestion> questions = parse("Our rating for reviewing is based on the following key questions:\n\n"
                + "\t% 'Yes'\nDoes reviewing do A?\t70%\n\u00b3 A footnote.\nDoes reviewing do B?\t**43%**\n\n"
                + "Does reviewing do A?\n\nProse about it.\n");

        assertThat(questions).extracting(q -> q.figure().percent()).containsExactly(70, 43);
    }

    @Test
    void impossibleFiguresAreLeftOutWithAWarning() {
        List<PublishedKeyQuestion> questions = parse("based on the following key questions:\n"
                + "Of the 4 cases inspected\tRelevant cases\tNumber 'Yes'\nDoes it hold?\t3\t5\n");

        assertThat(questions.get(0).figure()).isNull();
        assertThat(warnings).extracting(ImportWarning::kind).containsExactly(WarningKind.INCONSISTENT_FIGURES);
    }

    @Test
    void otherWordingsOfTheColumnsAndMarkedDrivingFiguresAreRead() {
        List<PublishedKeyQuestion> questions = parse("based on the following key questions:\n"
                + "\tPercentage 'Yes'\nDoes it do A?\t80%\nDoes it do B?\t63%*\n\nDoes it do A?\n\n"
                + "Of the 8 cases inspected\tNumber of relevant cases\tNumber of cases 'Yes'\nIs a thing done?\t8\t6\n");

        assertThat(questions).extracting(q -> q.figure().percent()).containsExactly(80, 63);
        assertThat(questions.get(0).prompts().get(0).figure().describe()).isEqualTo("6/8 (75%)");
    }

    @Test
    void aTablePrintedWithoutCellSeparatorsIsReadFromItsWords() {
        List<PublishedKeyQuestion> questions = parse("Our rating for planning is based on the following key questions:\n\n"
                + "Of the 8 cases inspected Relevant cases Number 'Yes'\n"
                + "Does planning focus on A? 8 7\nDoes planning focus on B? 4 6 3\n\n"
                + "Does planning focus on A?\n\n% 'Yes'\nIs one thing done? 75%\n");

        assertThat(questions).extracting(q -> q.figure().describe()).containsExactly("7/8 (88%)", "3/6 (50%)");
        assertThat(questions.get(0).prompts().get(0).figure().percent()).isEqualTo(75);
        assertThat(warnings).isEmpty();
    }

    @Test
    void countsPrintedWithTheirPercentageInOneCellAreCounts() {
        List<PublishedKeyQuestion> questions = parse("based on the following key questions:\n"
                + "Key question\t% 'Yes' (cases)\nDoes it do A?\t75% (3/4)\nDoes it do B?\t2/4 (50%)\n"
                + "Does it do C?\t90% (3/4)\n\nDoes it do A?\n\n"
                + "Of the 4 court cases inspected:\tNumber 'Yes' of relevant cases\nIs a thing done?\t3 of 4\n"
                + "Is another done?\t1 out of 2\n");

        assertThat(questions).extracting(q -> q.figure().describe()).containsExactly("3/4 (75%)", "2/4 (50%)", "3/4 (75%)");
        assertThat(questions.get(0).prompts()).extracting(p -> p.figure().describe()).containsExactly("3/4 (75%)", "1/2 (50%)");
        assertThat(warnings).extracting(ImportWarning::kind).containsExactly(WarningKind.INCONSISTENT_FIGURES);
        assertThat(warnings.get(0).message()).contains("90% is printed for 3 'Yes' cases out of 4");
    }

    @Test
    void aRowWithMoreFiguresThanItsTableHasColumnsIsLeftOutNotMisread() {
        List<PublishedKeyQuestion> questions = parse("based on the following key questions:\n"
                + "\t% 'Yes'\nDoes it do A?\t7\t6\nDoes it do B?\t80%\n");

        assertThat(questions.get(0).figure()).isNull();
        assertThat(questions.get(1).figure().percent()).isEqualTo(80);
        assertThat(warnings).extracting(ImportWarning::kind).containsExactly(WarningKind.UNREADABLE_LINE);
    }

    @Test
    void figuresPrintedOneToALineFillTheirRowAndRowNumbersAreNotPartOfTheQuestion() {
        List<PublishedKeyQuestion> questions = parse("based on the following key questions:\n"
                + "Of the 6 cases inspected\tRelevant cases\tNumber 'Yes'\n1. Does it do A?\n6\n5\n"
                + "2. Does it do B?\n\n4\n\n2\n");

        assertThat(questions).extracting(PublishedKeyQuestion::text).containsExactly("Does it do A?", "Does it do B?");
        assertThat(questions).extracting(q -> q.figure().describe()).containsExactly("5/6 (83%)", "2/4 (50%)");
        assertThat(warnings).isEmpty();
    }
}
