package org.yjinspect.inspection.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yjinspect.inspection.app.CreateInspectionCommand;
import org.yjinspect.records.domain.Actor;

class InspectionFormTest {
    private static final Actor LOWRI = new Actor("lowri");

    private static Map<String, String> complete() {
        Map<String, String> form = new HashMap<>(Map.of("serviceName", "Glanllyn Youth Justice Service",
                "kind", "self-assessment", "frameworkVersion", "2018"));
        date(form, "announcementDate", "14", "10", "2024");
        date(form, "fieldworkStart", "4", "11", "2024");
        date(form, "fieldworkEnd", "8", "11", "2024");
        return form;
    }

    private static void date(Map<String, String> form, String name, String day, String month, String year) {
        form.put(name + "-day", day);
        form.put(name + "-month", month);
        form.put(name + "-year", year);
    }

    @Test
    void aCompleteFormGivesTheCommandWithTheSignedInPersonAsLead() {
        InspectionForm form = InspectionForm.read(complete()::get);
        CreateInspectionCommand command = form.command(LOWRI, "lowri");
        assertThat(form.errors()).isEmpty();
        assertThat(command.lead()).isEqualTo("lowri");
        assertThat(command.details().announcementDate()).isEqualTo(LocalDate.of(2024, 10, 14));
        assertThat(command.details().kind().label()).isEqualTo("self-assessment");
    }

    @Test
    void everyMissingFieldIsNamedAtOnceAndWhatWasTypedIsKept() {
        Map<String, String> typed = new HashMap<>();
        date(typed, "announcementDate", "14", "10", "2024");
        date(typed, "fieldworkStart", "31", "2", "2024");
        date(typed, "fieldworkEnd", "8", "", "2024");
        InspectionForm form = InspectionForm.read(typed::get);
        assertThat(form.command(LOWRI, "lowri")).isNull();
        assertThat(form.errors()).containsOnlyKeys("serviceName", "kind", "frameworkVersion", "fieldworkStart",
                "fieldworkEnd");
        assertThat(form.errors().get("fieldworkStart")).isEqualTo("The fieldwork start date must be a real date,"
                + " for example 14 10 2024");
        assertThat(form.errors().get("fieldworkEnd")).isEqualTo("The fieldwork end date must include a day, a month"
                + " and a year");
        assertThat(form.dates().get("fieldworkStart").day()).isEqualTo("31");
    }

    @Test
    void aRuleOfTheCommandIsPutOnTheFieldItIsAbout() {
        Map<String, String> typed = complete();
        date(typed, "fieldworkEnd", "1", "11", "2024");
        InspectionForm form = InspectionForm.read(typed::get);
        assertThat(form.command(LOWRI, "lowri")).isNull();
        assertThat(form.errors()).containsOnlyKeys("fieldworkEnd");
        assertThat(form.errors().get("fieldworkEnd")).isEqualTo("Fieldwork ends (2024-11-01) before it starts (2024-11-04)");
    }

    @Test
    void aWindowNotWrittenAsNearestToFurthestMonthsIsRefusedOnItsField() {
        Map<String, String> typed = complete();
        typed.put("courtWindow", "six to nine");
        InspectionForm form = InspectionForm.read(typed::get);
        assertThat(form.command(LOWRI, "lowri")).isNull();
        assertThat(form.errors()).containsOnlyKeys("courtWindow");
        assertThat(form.errors().get("courtWindow")).startsWith("An eligibility window is written as nearest-furthest");
    }

    @Test
    void aServiceNameWithAControlCharacterIsRefusedOnTheServiceName() {
        Map<String, String> typed = complete();
        typed.put("serviceName", "Glanllyn\u0000 YJS");
        InspectionForm form = InspectionForm.read(typed::get);
        assertThat(form.command(LOWRI, "lowri")).isNull();
        assertThat(form.errors()).containsOnlyKeys("serviceName");
        assertThat(form.errors().get("serviceName")).startsWith("The service name");
    }
}
