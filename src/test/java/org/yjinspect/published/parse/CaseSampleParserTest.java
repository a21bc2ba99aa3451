package org.yjinspect.published.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.yjinspect.published.domain.ImportWarning;
import org.yjinspect.published.domain.WarningKind;

class CaseSampleParserTest {
    private final List<ImportWarning> warnings = new ArrayList<>();

    private CaseSample parse(String text) {
        ReportText report = TextNormaliser.normalise(text);
        return CaseSampleParser.parse(report, 0, report.size(), warnings);
    }

    @Test
    void casesAreCountedFromTheReportsOwnSentences() {
        CaseSample sample = parse("We took a detailed look at eleven community sentences and two custodial sentences "
                + "managed by the service. We also conducted six interviews with the relevant case managers.\n\n"
                + "We inspected Twenty-one cases managed by the YJS that had received an out-of-court disposal. "
                + "These consisted of one youth conditional caution, four youth cautions and 16 diversion code cases. "
                + "We interviewed the case managers in all 21 cases.\n\n"
                + "To illustrate that work, we inspected one case managed by the YJS that had received a custodial sentence.\n\n"
                + "During the main fieldwork phase, we conducted 27 interviews with case managers.");

        assertThat(sample.cases().court()).isEqualTo(13);
        assertThat(sample.cases().outOfCourt()).isEqualTo(21);
        assertThat(sample.cases().resettlement()).isEqualTo(1);
        assertThat(sample.disposalTypes()).extracting(t -> t.count() + " " + t.type())
                .containsExactly("1 youth conditional caution", "4 youth caution", "16 diversion code");
        assertThat(sample.interviews().court()).isEqualTo(6);
        assertThat(sample.interviews().outOfCourt()).isEqualTo(21);
        assertThat(sample.interviews().total()).isEqualTo(27);
        assertThat(warnings).isEmpty();
    }

    @Test
    void differentNumbersForTheSameSampleAreWarnedAbout() {
        CaseSample sample = parse("We examined five court disposals.\n\nWe took a detailed look at six community sentences.");

        assertThat(sample.cases().court()).isEqualTo(5);
        assertThat(warnings).extracting(ImportWarning::kind).containsExactly(WarningKind.INCONSISTENT_FIGURES);
    }

    @Test
    void whatTheReportDoesNotSayStaysUnknown() {
        CaseSample sample = parse("Nothing about cases here.");

        assertThat(sample.cases().court()).isNull();
        assertThat(sample.cases().resettlement()).isNull();
        assertThat(sample.interviews().known()).isFalse();
    }

    @Test
    void otherWordingsOfTheSampleAreRead() {
        CaseSample sample = parse("We inspected a sample of 14 court cases and assessed 9 out of court disposal cases. "
                + "These comprised: four youth cautions (YCs), three youth conditional cautions (YCCs) and two community "
                + "resolutions.");

        assertThat(sample.cases().court()).isEqualTo(14);
        assertThat(sample.cases().outOfCourt()).isEqualTo(9);
        assertThat(sample.disposalTypes()).extracting(t -> t.count() + " " + t.type())
                .containsExactly("4 youth caution", "3 youth conditional caution", "2 community resolution");
        assertThat(warnings).isEmpty();
    }
}
