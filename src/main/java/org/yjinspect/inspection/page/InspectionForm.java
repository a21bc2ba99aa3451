package org.yjinspect.inspection.page;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.yjinspect.inspection.app.CreateInspectionCommand;
import org.yjinspect.inspection.domain.EligibilityWindow;
import org.yjinspect.platform.problem.Problem;
import org.yjinspect.records.domain.Actor;

/**
 * The "Create an inspection" form as it was sent: every value kept as typed (to show again),
 * and what is wrong with each field, field by field, for the GOV.UK error summary. The rules
 * themselves are the command's: a refusal it gives is put on the field it names.
 */
final class InspectionForm {
    private final Map<String, String> values = new LinkedHashMap<>();
    private final Map<String, String> errors = new LinkedHashMap<>();
    private final DateField announced;
    private final DateField start;
    private final DateField end;

    private InspectionForm(Function<String, String> form) {
        for (String field : new String[] {"serviceName", "kind", "frameworkVersion", "courtWindow",
            "outOfCourtWindow", "resettlementWindow"}) {
            String value = form.apply(field);
            values.put(field, value == null ? "" : value.strip());
        }
        announced = DateField.read(form, "announcementDate", "announcement date");
        start = DateField.read(form, "fieldworkStart", "fieldwork start date");
        end = DateField.read(form, "fieldworkEnd", "fieldwork end date");
    }

    /** An empty form, for GET. */
    static InspectionForm blank() {
        return new InspectionForm(field -> field.equals("kind") ? "inspection" : null);
    }

    static InspectionForm read(Function<String, String> form) {
        return new InspectionForm(form);
    }

    /** Checks the form and gives the command, or null when {@link #errors()} says what to put right. */
    CreateInspectionCommand command(Actor actor, String lead) {
        require("serviceName", "Enter the service name, as the inspection report names it");
        require("kind", "Choose whether this is an inspection or a self-assessment");
        require("frameworkVersion", "Choose the framework version the inspection follows");
        for (DateField date : new DateField[] {announced, start, end}) {
            date.error().ifPresent(e -> errors.put(date.name(), e));
        }
        for (String window : new String[] {"courtWindow", "outOfCourtWindow", "resettlementWindow"}) {
            if (!values.get(window).isEmpty()) {
                try {
                    EligibilityWindow.parse(values.get(window));
                } catch (Problem wrong) {
                    errors.put(window, sentence(wrong.getMessage()));
                }
            }
        }
        if (!errors.isEmpty()) {
            return null;
        }
        try {
            return new CreateInspectionCommand(values.get("serviceName"), values.get("kind"),
                    values.get("frameworkVersion"), date(announced), date(start), date(end), values.get("courtWindow"),
                    values.get("outOfCourtWindow"), values.get("resettlementWindow"), actor, lead);
        } catch (Problem refused) {
            errors.put(fieldOf(refused.getMessage()), sentence(refused.getMessage()));
            return null;
        }
    }

    /** Which field a refusal of the command is about, from the words it names the field by. */
    private static String fieldOf(String message) {
        String m = message.toLowerCase(Locale.ROOT);
        if (m.startsWith("fieldwork ends")) {
            return "fieldworkEnd";
        }
        if (m.startsWith("fieldwork starts")) {
            return "fieldworkStart";
        }
        if (m.startsWith("kind")) {
            return "kind";
        }
        if (m.startsWith("framework version")) {
            return "frameworkVersion";
        }
        return "serviceName";
    }

    private void require(String field, String error) {
        if (values.get(field).isEmpty()) {
            errors.put(field, error);
        }
    }

    private static LocalDate date(DateField field) {
        return field.date().orElseThrow();
    }

    private static String sentence(String message) {
        return message.isEmpty() ? message : Character.toUpperCase(message.charAt(0)) + message.substring(1);
    }

    Map<String, String> values() {
        return values;
    }

    Map<String, String> errors() {
        return errors;
    }

    Map<String, DateField> dates() {
        return Map.of("announcementDate", announced, "fieldworkStart", start, "fieldworkEnd", end);
    }
}
