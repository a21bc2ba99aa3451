package org.yjinspect.published.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yjinspect.cli.Main;
import org.yjinspect.published.domain.ImportWarning;
import org.yjinspect.published.domain.PublishedReport;
import org.yjinspect.published.domain.PublishedStandard;
import org.yjinspect.published.domain.WarningKind;
import org.yjinspect.published.support.Importers;
import org.yjinspect.rating.domain.Rating;

/**
 * Reports of a framework the importer does not know end in a clear refusal, or in a partial
 * import whose figures are not rated and whose version is flagged: never numbers read against
 * the wrong catalogue and presented as right. The reports here are made up, a few lines each.
 */
class OtherFrameworksTest {
    /** The 2025 programme's shape: its title, and work with children and work with victims rated. */
    private static final String LATER_FRAMEWORK = """
            An inspection of youth justice work with children and victims in Anytown

            HM Inspectorate of Probation, June 2025

            Ratings

            Anytown Youth Justice Service
            Overall rating\tGood
            1. Organisational delivery
            1.1\tGovernance and leadership\tGood
            2. Work with children
            2.1\tAssessing\tGood
            2.2\tPlanning\tRequires improvement
            3. Work with victims
            3.1\tWork with victims\tRequires improvement
            """;

    private final ImportPublishedReport importer = Importers.real();

    @TempDir
    Path dir;

    @Test
    void aReportOfThe2025FrameworkIsRefusedAsNotSupported() {
        assertThatThrownBy(() -> importer.importText("later.txt", LATER_FRAMEWORK))
                .isInstanceOf(ReportImportException.class)
                .hasMessageStartingWith("later.txt: not a supported report")
                .hasMessageContaining("2025");
    }

    @Test
    void itsRatedAreasGiveItAwayEvenUnderAnOlderTitle() {
        String retitled = LATER_FRAMEWORK.replace("youth justice work with children and victims", "youth offending services");

        assertThatThrownBy(() -> importer.importText("later.txt", retitled))
                .isInstanceOf(ReportImportException.class)
                .hasMessageContaining("not a supported report").hasMessageContaining("Work with");
    }

    @Test
    void theCommandLineRefusesItWithExitCode2() throws Exception {
        Path report = Files.writeString(dir.resolve("later.txt"), LATER_FRAMEWORK);
        StringWriter err = new StringWriter();

        int exit = Main.execute(new String[] {"import-report", report.toString()}, new PrintWriter(new StringWriter(), true),
                new PrintWriter(err, true));

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("later.txt").contains("not a supported report");
    }

    @Test
    void standardsUnderNamesTheFrameworkDoesNotUseAreImportedButNotRated() {
        String unknown = """
                An inspection of youth offending services in Anytown

                Ratings

                Anytown YJS\tScore\t20/36
                Overall rating\tGood
                2.1\tAssessing\tGood
                2.2\tPlanning activity\tGood
                2.3\tDelivery\tGood

                2.1 Assessing

                Good

                Our rating for assessing is based on the following key questions:
                \t% 'Yes'
                Does assessing activity analyse how to achieve positive change?\t80%
                Does assessing activity analyse how to keep the child safe?\t50%
                Does assessing activity analyse how to keep the community safe?\t60%
                """;

        PublishedReport report = importer.importText("unknown.txt", unknown);

        PublishedStandard assessing = report.standard("2.1").orElseThrow();
        assertThat(assessing.rating()).isEqualTo(Rating.GOOD);
        assertThat(assessing.computedRating()).as("figures of an unknown standard are not rated").isNull();
        assertThat(assessing.keyQuestionsComplete()).isFalse();
        assertThat(report.warnings()).extracting(ImportWarning::kind).contains(WarningKind.CATALOGUE,
                WarningKind.VERSION_UNCERTAIN);
    }

    @Test
    void resettlementPrintedAsNotRatedIsNotAMissingRating() {
        String noResettlement = """
                An inspection of youth offending services in Anytown

                HM Inspectorate of Probation, May 2023

                Ratings

                Anytown YJS
                Score 24/36
                Overall rating Good
                1.1 Governance and leadership Good
                1.2 Staff Good
                1.3 Partnerships and services Good
                1.4 Information and facilities Good
                2.1 Assessment Good
                2.2 Planning Good
                2.3 Implementation and delivery Good
                2.4 Reviewing Good
                3.1 Assessment Good
                3.2 Planning Good
                3.3 Implementation and delivery Good
                3.4 Out-of-court disposal policy and provision Good
                4.1 Resettlement policy and provision\tNot rated

                Executive summary
                """;

        PublishedReport report = importer.importText("none.txt", noResettlement);

        assertThat(report.frameworkVersion().label()).isEqualTo("2021");
        assertThat(report.standard("4.1").orElseThrow().rating()).isNull();
        assertThat(report.warnings()).extracting(ImportWarning::message)
                .contains("standard 4.1 is printed as not rated on the ratings page")
                .noneMatch(m -> m.contains("no published rating was found for standard 4.1"));
        assertThat(report.warnings()).extracting(ImportWarning::kind)
                .doesNotContain(WarningKind.SCORE_MISMATCH, WarningKind.OVERALL_MISMATCH);
    }

    @Test
    void anOverallRatingMissingFromThePageIsTakenFromTheReportsOwnSentenceWithAWarning() {
        String report = """
                An inspection of youth offending services in Anytown

                Overall, Anytown YOS is rated as: 'Requires improvement'. This rating has been determined by inspecting.

                Ratings

                Anytown YOS
                Score 12/36
                3.4 Policy & provision Good
                """;

        PublishedReport imported = importer.importText("a.txt", report);

        assertThat(imported.overallRating()).isEqualTo(Rating.REQUIRES_IMPROVEMENT);
        assertThat(imported.frameworkVersion().label()).as("'Policy & provision' is the 2021 name of 3.4").isEqualTo("2021");
        assertThat(imported.warnings()).extracting(ImportWarning::message)
                .anyMatch(m -> m.startsWith("the ratings page prints no overall rating; it was read from the sentence"));
    }

    @Test
    void withoutResettlementTheNameOf34StillTellsTheVersion() {
        String page = """
                An inspection of youth offending services in Anytown

                Ratings

                Anytown YOS	Score	24/36
                Overall rating	Good
                3.3	Implementation and delivery	Good
                3.4	%s	Good
                """;

        PublishedReport refreshed = importer.importText("r.txt", page.formatted("Policy and provision"));
        PublishedReport first = importer.importText("f.txt", page.formatted("Joint working"));

        assertThat(refreshed.frameworkVersion().label()).isEqualTo("2021");
        assertThat(refreshed.warnings()).extracting(ImportWarning::message)
                .contains("standard 4.1 Resettlement policy and provision was not found in the report");
        assertThat(first.frameworkVersion().label()).isEqualTo("2018");
        assertThat(refreshed.warnings()).extracting(ImportWarning::kind).doesNotContain(WarningKind.VERSION_UNCERTAIN);
    }
}
