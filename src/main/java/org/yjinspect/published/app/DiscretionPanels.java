package org.yjinspect.published.app;

import java.util.ArrayList;
import java.util.List;
import org.yjinspect.published.domain.DiscretionStatement;
import org.yjinspect.published.domain.ImportWarning;
import org.yjinspect.published.domain.PublishedStandard;
import org.yjinspect.published.domain.RecordedPanelDecision;
import org.yjinspect.published.domain.WarningKind;

/**
 * Where the report says the ratings panel used discretion on a standard, the standard carries
 * that panel decision: the published rating with the report's sentence as rationale, so that
 * re-rating the imported figures gives the published rating.
 */
final class DiscretionPanels {
    private DiscretionPanels() {
    }

    static List<PublishedStandard> apply(List<PublishedStandard> standards, List<DiscretionStatement> statements,
                                         List<ImportWarning> warnings) {
        List<PublishedStandard> result = new ArrayList<>(standards);
        for (DiscretionStatement statement : statements) {
            int index = indexOf(result, statement.standard());
            if (index < 0) {
                warnings.add(ImportWarning.of(WarningKind.DISCRETION, "the report says the ratings panel used discretion "
                        + "on standard " + statement.standard() + ", which is not on the ratings page"));
                continue;
            }
            PublishedStandard standard = result.get(index);
            if (standard.rating() == null) {
                continue;
            }
            if (statement.amendedTo() != null && statement.amendedTo() != standard.rating()) {
                warnings.add(ImportWarning.of(WarningKind.DISCRETION, "standard " + standard.number()
                        + ": the panel is said to have amended the rating to " + statement.amendedTo().label()
                        + ", but the ratings page says " + standard.rating().label()));
            }
            result.set(index, standard.withPanel(new RecordedPanelDecision(standard.rating(), statement.statement())));
        }
        return result;
    }

    static int indexOf(List<PublishedStandard> standards, String number) {
        for (int i = 0; i < standards.size(); i++) {
            if (standards.get(i).number().equals(number)) {
                return i;
            }
        }
        return -1;
    }
}
