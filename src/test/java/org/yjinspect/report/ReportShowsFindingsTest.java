package org.yjinspect.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.yjinspect.Application;
import org.yjinspect.finding.app.AddFindingCommand;
import org.yjinspect.finding.domain.FindingKind;
import org.yjinspect.platform.db.EmbeddedPostgresExtension;
import org.yjinspect.records.domain.Actor;
import org.yjinspect.report.domain.InspectionReport;
import org.yjinspect.report.render.ReportRenderer;
import org.yjinspect.support.Fixtures;

/** Each domain's chapter lists the strengths and areas for improvement entered, and says "none recorded" only without. */
@ExtendWith(EmbeddedPostgresExtension.class)
class ReportShowsFindingsTest {
    private static final Actor LEAD = new Actor("lowri");
    private static final String NONE = "Strengths and areas for improvement: none recorded in yjinspect for this domain.";
    private static Application app;

    @BeforeAll
    static void open(Application opened) {
        app = opened;
    }

    private static void add(long id, int domain, FindingKind kind, String text) {
        app.findings().add(new AddFindingCommand(id, domain, kind, text, LEAD));
    }

    @Test
    void aDomainsStrengthsComeBeforeItsAreasForImprovementInItsOwnChapter() {
        long id = Fixtures.createInspection(app, "2021").id();
        add(id, 2, FindingKind.AREA_FOR_IMPROVEMENT, "Planning to keep other people safe was <not> good enough.");
        add(id, 2, FindingKind.STRENGTH, "Assessments drew on a wide range of sources.");
        add(id, 2, FindingKind.STRENGTH, "Staff built trusting relationships with children.");
        add(id, 4, FindingKind.STRENGTH, "Resettlement policy is clear.");
        InspectionReport report = app.reports().report(id);
        assertThat(report.inputs().findingsOf(2).strengths()).containsExactly(
                "Assessments drew on a wide range of sources.", "Staff built trusting relationships with children.");
        String html = new ReportRenderer().html(report);

        String domain2 = chapter(html, "domain-2", "domain-3");
        assertThat(domain2).doesNotContain(NONE).containsSubsequence("Strengths",
                "<li>Assessments drew on a wide range of sources.",
                "<li>Staff built trusting relationships with children.", "Areas for improvement",
                "<li>Planning to keep other people safe was &lt;not&gt; good enough.");
        assertThat(chapter(html, "domain-1", "domain-2")).as("nothing entered for domain 1").contains(NONE)
                .doesNotContain("<h3 class=\"govuk-heading-m\">Strengths</h3>");
        String domain4 = html.substring(html.indexOf("id=\"domain-4\""));
        assertThat(domain4).contains("Resettlement policy is clear.").doesNotContain("Areas for improvement</h3>");
        assertThat(html).doesNotContain("<not>");
    }

    @Test
    void anInspectionWithNoneEnteredSaysSoInEveryChapter() {
        long id = Fixtures.createInspection(app, "2021").id();
        String html = new ReportRenderer().html(app.reports().report(id));
        assertThat(html.split(java.util.regex.Pattern.quote(NONE), -1)).hasSize(1 + app.reports().report(id)
                .chapters().size());
    }

    private static String chapter(String html, String from, String to) {
        int start = html.indexOf("id=\"" + from + "\"");
        int end = html.indexOf("id=\"" + to + "\"");
        assertThat(start).as(from).isPositive();
        return html.substring(start, end > start ? end : html.length());
    }
}
