package org.yjinspect.report.domain;

import java.util.List;

/**
 * A domain's chapter: the sentence that says which cases were inspected (in the reports' own
 * words), its standards, and the strengths and areas for improvement the inspectors recorded.
 */
public record DomainChapter(int number, String name, List<String> sampleSentences, List<StandardChapter> standards) {
    public DomainChapter {
        sampleSentences = List.copyOf(sampleSentences);
        standards = List.copyOf(standards);
    }
}
