package org.yjinspect.report.domain;

import java.time.LocalDate;
import java.util.List;
import org.yjinspect.rules.Ruling;

/**
 * An inspection's report, in the order the published reports use: title page, ratings page,
 * recommendations, contextual facts, a chapter per domain, Annexe 1 (methodology) and Annexe 2
 * (inspection data). Built from the stored inspection at one moment; nothing in it is made up.
 */
public record InspectionReport(Title title, RatingsSummary ratings, ReportInputsView inputs,
                               List<DomainChapter> chapters, ReportMethodology methodology, List<StandardData> data) {
    public InspectionReport {
        chapters = List.copyOf(chapters);
        data = List.copyOf(data);
    }

    /** The title page: service, kind, framework version, fieldwork dates and the draft mark. */
    public record Title(long inspectionId, String service, String kind, String frameworkVersion,
                        LocalDate fieldworkStart, LocalDate fieldworkEnd, Ruling<Boolean> draft) {
        public boolean isDraft() {
            return draft.value();
        }

        public boolean selfAssessment() {
            return kind.equals("self-assessment");
        }
    }

    public boolean draft() {
        return title.isDraft();
    }
}
