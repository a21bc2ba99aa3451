package org.yjinspect.organisation.app;

import java.util.Locale;
import org.yjinspect.caseload.domain.Vocabulary;
import org.yjinspect.organisation.domain.MeetingKind;
import org.yjinspect.platform.problem.Problem;
import org.yjinspect.platform.problem.SafeText;

/** Reads a meeting kind as typed ("focus group", "Focus_Group"); blank is no kind (refused by the meeting). */
public final class MeetingKinds {
    private MeetingKinds() {
    }

    public static MeetingKind parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String wanted = Vocabulary.normalise(text).replace(' ', '_').toUpperCase(Locale.ROOT);
        for (MeetingKind kind : MeetingKind.values()) {
            if (kind.name().equals(wanted)) {
                return kind;
            }
        }
        throw Problem.invalid("kind must be meeting, interview, focus_group or observation (got \""
                + SafeText.shown(text) + "\")");
    }
}
