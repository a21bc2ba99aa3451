package org.yjinspect.report.domain;

import java.util.List;
import java.util.Optional;

/**
 * What the lead inspector entered for the report: recommendations by addressee, the
 * contextual facts (the caseload profile computed from the imported caseload, and the national
 * or local figures entered), and each domain's strengths and areas for improvement. Empty where
 * nothing was entered.
 */
public record ReportInputsView(List<AddresseeRecommendations> recommendations, Optional<Context> context,
                               List<DomainFindings> findings) {
    public static final ReportInputsView NONE = new ReportInputsView(List.of(), Optional.empty(), List.of());

    public ReportInputsView {
        recommendations = List.copyOf(recommendations);
        findings = List.copyOf(findings);
    }

    /** With no strengths or areas for improvement entered. */
    public ReportInputsView(List<AddresseeRecommendations> recommendations, Optional<Context> context) {
        this(recommendations, context, List.of());
    }

    /** The domain's strengths and areas for improvement; both lists empty when none were entered. */
    public DomainFindings findingsOf(int domain) {
        return findings.stream().filter(f -> f.domain() == domain).findFirst()
                .orElse(new DomainFindings(domain, List.of(), List.of()));
    }

    /** One domain's strengths and areas for improvement, each list in its order. */
    public record DomainFindings(int domain, List<String> strengths, List<String> areasForImprovement) {
        public DomainFindings {
            strengths = List.copyOf(strengths);
            areasForImprovement = List.copyOf(areasForImprovement);
        }

        public boolean none() {
            return strengths.isEmpty() && areasForImprovement.isEmpty();
        }
    }

    /** One addressee ("The Youth Justice Management Board") and its recommendations in order. */
    public record AddresseeRecommendations(String addressee, List<String> texts) {
        public AddresseeRecommendations {
            texts = List.copyOf(texts);
        }
    }

    /** The caseload's size and profile tables, and the figures entered beside them. */
    public record Context(long caseloadSize, List<ProfileTable> profile, List<Figure> figures) {
        public Context {
            profile = List.copyOf(profile);
            figures = List.copyOf(figures);
        }
    }

    /** "Gender": each category with its count and share of the caseload (0..100). */
    public record ProfileTable(String heading, List<ProfileShare> rows) {
        public ProfileTable {
            rows = List.copyOf(rows);
        }
    }

    public record ProfileShare(String category, long count, double percent) {
    }

    /** "Reoffending rate (national)", "34.9%", "MoJ proven reoffending, Jan 2022". */
    public record Figure(String label, String value, String source) {
    }
}
