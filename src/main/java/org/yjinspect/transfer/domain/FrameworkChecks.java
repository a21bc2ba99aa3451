package org.yjinspect.transfer.domain;

import java.util.List;
import java.util.Optional;
import org.yjinspect.framework.domain.Standard;
import org.yjinspect.platform.problem.SafeText;

/** Every prompt, key question and standard a document names is one of its framework version's, where it says. */
final class FrameworkChecks {
    private final InspectionDocument document;
    private final FrameworkIndex catalogue;
    private final List<String> mistakes;

    FrameworkChecks(InspectionDocument document, FrameworkIndex catalogue, List<String> mistakes) {
        this.document = document;
        this.catalogue = catalogue;
        this.mistakes = mistakes;
    }

    void check() {
        int at = 0;
        for (Object[] row : document.rows("promptAnswers")) {
            String path = "promptAnswers[" + at++ + "]";
            String id = (String) InspectionDocument.value("promptAnswers", row, "promptId");
            Optional<FrameworkIndex.Place> place = catalogue.prompt(id);
            if (place.isEmpty()) {
                mistakes.add(path + ".promptId: \"" + SafeText.shown(id) + "\" is not a prompt of framework "
                        + catalogue.version());
            } else {
                same(path, "promptAnswers", row, place.get());
            }
        }
        for (String section : List.of("keyQuestionAnswers", "evidence")) {
            at = 0;
            for (Object[] row : document.rows(section)) {
                String path = section + "[" + at++ + "]";
                String id = (String) InspectionDocument.value(section, row, "keyQuestionId");
                catalogue.keyQuestion(id).ifPresentOrElse(place -> same(path, section, row, place), () -> mistakes.add(
                        path + ".keyQuestionId: \"" + SafeText.shown(id) + "\" is not a key question of framework "
                                + catalogue.version()));
            }
        }
        for (String section : List.of("qualitativeEvidence", "proposedRatings", "panelDecisions", "meetings")) {
            at = 0;
            for (Object[] row : document.rows(section)) {
                standard(section + "[" + at++ + "]", section, row);
            }
        }
    }

    /** The row's standard and key question are the prompt's or key question's own. */
    private void same(String path, String section, Object[] row, FrameworkIndex.Place place) {
        Object standard = InspectionDocument.value(section, row, "standardNumber");
        if (!place.standardNumber().equals(standard)) {
            mistakes.add(path + ".standardNumber: \"" + SafeText.shown(String.valueOf(standard)) + "\" should be \""
                    + place.standardNumber() + "\", the standard it belongs to");
        }
        if (section.equals("promptAnswers") && !place.keyQuestionId().equals(
                InspectionDocument.value(section, row, "keyQuestionId"))) {
            mistakes.add(path + ".keyQuestionId: \"" + SafeText.shown(String.valueOf(InspectionDocument.value(section,
                    row, "keyQuestionId"))) + "\" should be \"" + place.keyQuestionId() + "\", the prompt's key question");
        }
    }

    private void standard(String path, String section, Object[] row) {
        String number = (String) InspectionDocument.value(section, row, "standardNumber");
        if (number == null) {
            return;
        }
        Optional<Standard> standard = catalogue.standard(number);
        if (standard.isEmpty()) {
            mistakes.add(path + ".standardNumber: \"" + SafeText.shown(number) + "\" is not a standard of framework "
                    + catalogue.version());
        } else if (section.equals("qualitativeEvidence")) {
            long question = (Long) InspectionDocument.value(section, row, "questionNumber");
            if (question > standard.get().questions().size()) {
                mistakes.add(path + ".questionNumber: " + question + " is not a question of standard " + number
                        + ", which has " + standard.get().questions().size());
            }
        }
    }
}
