package org.yjinspect.organisation.app;

import org.yjinspect.records.domain.FreeText;
import org.yjinspect.platform.problem.Problem;

/** Save the evidence note for one question (numbered from 1) of a qualitative standard. */
public record SaveNoteCommand(RecordRef ref, String standardNumber, int questionNumber, String note) {
    public static final int LONGEST_NOTE = 5000;

    public SaveNoteCommand {
        Problem.require(ref != null, "the inspection is required");
        Problem.require(standardNumber != null && !standardNumber.isBlank(), "the standard is required");
        standardNumber = standardNumber.strip();
        Problem.require(questionNumber >= 1, "questions are numbered from 1 (got " + questionNumber + ")");
        note = FreeText.checked("the evidence note", note, LONGEST_NOTE, false);
    }
}
