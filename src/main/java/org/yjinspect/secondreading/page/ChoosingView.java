package org.yjinspect.secondreading.page;

import java.util.List;
import java.util.Optional;
import org.yjinspect.platform.page.FormError;
import org.yjinspect.secondreading.app.ChosenCase;
import org.yjinspect.secondreading.app.DrawRecord;

/**
 * What the second-reading page shows: the stored draw, the chosen cases with the readers each may
 * be given, the sample to choose from by hand, what the lead may do now, and the last form's
 * errors with what was typed (so nothing is lost when a form is shown again).
 */
public record ChoosingView(long inspectionId, Optional<DrawRecord> draw, List<ChosenRow> chosen,
                           List<SampleRow> sample, boolean manage, boolean locked, Typed typed, String done) {
    public ChoosingView {
        chosen = List.copyOf(chosen);
        sample = List.copyOf(sample);
    }

    /** The sampled cases not chosen yet, to choose from by hand. */
    public List<SampleRow> choosable() {
        return sample.stream().filter(s -> !s.chosen()).toList();
    }

    /** A chosen case and the team members who may read it second (empty once its second reading has started). */
    public record ChosenRow(ChosenCase chosen, List<String> eligibleReaders) {
        public boolean changeable() {
            return chosen.secondReading() == org.yjinspect.secondreading.domain.ReadingState.NOT_STARTED;
        }
    }

    /** A sampled case to choose by hand: its reference, type in words, first reader and whether already chosen. */
    public record SampleRow(String reference, String caseType, String firstReader, boolean chosen) {
    }

    /** What was typed into the page's forms, with the errors of the one sent. */
    public record Typed(List<FormError> errors, String share, String seed, List<String> picked, String readerFor,
                        String reader) {
        public Typed {
            errors = List.copyOf(errors);
            picked = List.copyOf(picked);
        }

        static Typed none() {
            return new Typed(List.of(), "", "", List.of(), "", "");
        }

        public String error(String field) {
            return FormError.about(errors, field);
        }
    }
}
