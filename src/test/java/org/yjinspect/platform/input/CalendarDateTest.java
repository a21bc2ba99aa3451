package org.yjinspect.platform.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CalendarDateTest {
    @Test
    void aDateIsWrittenYearMonthDayInTheYears1900To2100() {
        assertThat(CalendarDate.parse("2024-10-14")).contains(LocalDate.of(2024, 10, 14));
        assertThat(CalendarDate.parse("1900-01-01")).contains(LocalDate.of(1900, 1, 1));
        assertThat(CalendarDate.parse("2100-12-31")).contains(LocalDate.of(2100, 12, 31));
        assertThat(CalendarDate.parse("2024-02-29")).isPresent();
    }

    @Test
    void anythingElseIsRefusedWithTheFormExpected() {
        for (String text : new String[] {"-1", "2024-1-5", "14/10/2024", "2024-10-14T00:00", " 2024-10-14", "+2024-10-14",
            "20241014", "", "２０２４-10-14"}) {
            assertThat(CalendarDate.parse(text)).as(text).isEmpty();
            assertThat(CalendarDate.refusal(text)).as(text).endsWith("is not a date; expected yyyy-mm-dd, for example"
                    + " 2024-10-14");
        }
        assertThat(CalendarDate.refusal("0000-01-01")).isEqualTo("\"0000-01-01\" is outside the years 1900 to 2100;"
                + " expected a date between 1900-01-01 and 2100-12-31");
        assertThat(CalendarDate.refusal("2101-01-01")).contains("outside the years 1900 to 2100");
        assertThat(CalendarDate.refusal("2023-02-29")).contains("is not a day in the calendar");
        assertThat(CalendarDate.refusal("2024-13-01")).contains("is not a day in the calendar");
        assertThat(CalendarDate.parse(null)).isEmpty();
    }

    @Test
    void aRefusalNamesTheField() {
        assertThatThrownBy(() -> CalendarDate.parsed("heldOn", "31/12/2024"))
                .hasMessage("heldOn: \"31/12/2024\" is not a date; expected yyyy-mm-dd, for example 2024-10-14");
    }
}
