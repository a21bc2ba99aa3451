package org.yjinspect.published.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.yjinspect.published.domain.Fieldwork;

class DatesParserTest {
    private static ReportText text(String text) {
        return TextNormaliser.normalise(text);
    }

    @Test
    void thePublicationMonthIsOnTheTitlePage() {
        ReportText report = text("An inspection of youth offending services in\n\nAnytown\n\nHM Inspectorate of Probation, "
                + "September 2019\n");

        assertThat(DatesParser.published(report, 0, report.size())).contains(YearMonth.of(2019, 9));
    }

    @Test
    void aPublicationLineWithADayOrAPublishedLabelIsReadToo() {
        ReportText withDay = text("HM Inspectorate of Probation, 3rd March 2020\n");
        ReportText labelled = text("Published: November 2023\n");

        assertThat(DatesParser.published(withDay, 0, withDay.size())).contains(YearMonth.of(2020, 3));
        assertThat(DatesParser.published(labelled, 0, labelled.size())).contains(YearMonth.of(2023, 11));
    }

    @Test
    void fieldworkDatesAreReadAsPreciselyAsPrinted() {
        ReportText between = text("Our fieldwork took place between 3 June and 6 June 2019.");
        ReportText started = text("Fieldwork completed July 2023\n\nThe fieldwork for the inspection started on 10 July 2023.");

        Fieldwork first = DatesParser.fieldwork(between, 0, between.size());
        Fieldwork second = DatesParser.fieldwork(started, 0, started.size());

        assertThat(first.start()).isEqualTo("2019-06-03");
        assertThat(first.end()).isEqualTo("2019-06-06");
        assertThat(second.start()).isEqualTo("2023-07-10");
        assertThat(second.end()).isEqualTo("2023-07");
        assertThat(second.statement()).startsWith("Fieldwork completed July 2023");
    }

    @Test
    void noFieldworkDatesIsNoFieldwork() {
        ReportText none = text("During the main fieldwork phase, we held meetings.");

        assertThat(DatesParser.fieldwork(none, 0, none.size())).isNull();
    }

    @Test
    void aMonthAloneUnderTheTitleOrAnAbbreviatedInspectorateIsThePublicationMonth() {
        ReportText alone = text("An inspection of youth offending services in\n\nAnytownHM Inspectorate of Probation\n\n"
                + "DECEMBER 2018\n\nContents\n");
        ReportText abbreviated = text("An inspection of youth offending services in Anytown\n\nHMI Probation, Sept. 2019\n");
        ReportText laterMonth = text("An inspection of youth offending services in Anytown\n\n"
                + "A long paragraph of prose that is well over one hundred and twenty characters long so that it "
                + "cannot be part of a title page at all.\n\nMarch 2020\n");

        assertThat(DatesParser.published(alone, 0, alone.size())).contains(YearMonth.of(2018, 12));
        assertThat(DatesParser.published(abbreviated, 0, abbreviated.size())).contains(YearMonth.of(2019, 9));
        assertThat(DatesParser.published(laterMonth, 0, laterMonth.size())).isEmpty();
    }

    @Test
    void fieldworkDaysPrintedAsARangeInOneMonthAreRead() {
        ReportText range = text("The inspection fieldwork took place from 14 to 17 March 2022.");
        ReportText ordinals = text("Our fieldwork was conducted between 3rd-6th June 2019.");

        Fieldwork first = DatesParser.fieldwork(range, 0, range.size());
        Fieldwork second = DatesParser.fieldwork(ordinals, 0, ordinals.size());

        assertThat(first.start()).isEqualTo("2022-03-14");
        assertThat(first.end()).isEqualTo("2022-03-17");
        assertThat(second.start()).isEqualTo("2019-06-03");
        assertThat(second.end()).isEqualTo("2019-06-06");
    }
}
