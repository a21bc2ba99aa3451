package org.yjinspect.secondreading.app;

import java.util.List;
import org.yjinspect.platform.problem.Problem;

/** The lead picks cases for second reading by hand, by reference; cases already chosen are left as they are. */
public record ChooseCasesCommand(long inspectionId, List<String> caseReferences, Who who) {
    public ChooseCasesCommand {
        Problem.require(who != null, "who is choosing the cases is required");
        Problem.require(caseReferences != null && !caseReferences.isEmpty(),
                "caseReferences is required: the references of the sampled cases to read a second time");
        caseReferences = caseReferences.stream().map(r -> {
            Problem.require(r != null && !r.isBlank(), "a case reference is blank: give each case's reference");
            return r.strip();
        }).distinct().toList();
    }
}
