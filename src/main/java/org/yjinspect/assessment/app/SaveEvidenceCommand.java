package org.yjinspect.assessment.app;

import org.yjinspect.records.domain.FreeText;
import org.yjinspect.platform.problem.Problem;

/** Save the evidence note for one key question of one case, and whether it is a good practice example. */
public record SaveEvidenceCommand(CaseRef ref, String keyQuestionId, String note, boolean goodPracticeExample) {
    public static final int LONGEST_NOTE = 5000;

    public SaveEvidenceCommand {
        Problem.require(ref != null, "the case is required");
        Problem.require(keyQuestionId != null && !keyQuestionId.isBlank(), "the key question id is required");
        keyQuestionId = keyQuestionId.strip();
        note = FreeText.checked("the evidence note", note, LONGEST_NOTE, false);
    }
}
