package org.yjinspect.secondreading.page;

import java.util.List;
import org.yjinspect.agreement.domain.SecondReadItem;
import org.yjinspect.platform.page.FormError;

/**
 * The settling form of one difference as last sent: which difference ({@link #key}), the agreed
 * answer and reason given, and what is wrong with them; {@link #NONE} when none was sent.
 */
public record SettleForm(String key, String agreed, String reason, List<FormError> errors) {
    static final SettleForm NONE = new SettleForm("", "", "", List.of());

    public SettleForm {
        errors = List.copyOf(errors);
    }

    public String error(String field) {
        return FormError.about(errors, field);
    }

    /** The id of one difference's form on the page. */
    public static String key(Object sampleCaseId, String itemId) {
        return FormError.anchor("d-" + sampleCaseId + "-" + itemId);
    }

    /** The answers an item of this level may be settled on, in the form's words. */
    public static List<String> choices(SecondReadItem.Level level) {
        return switch (level) {
            case PROMPT -> List.of("yes", "no", "not_applicable");
            case KEY_QUESTION -> List.of("yes", "no", "not_relevant");
            case CLASSIFICATION -> List.of("low", "medium", "high", "very_high");
        };
    }
}
