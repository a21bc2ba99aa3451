package org.yjinspect.framework.resource;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.yjinspect.framework.domain.Framework;
import org.yjinspect.framework.domain.FrameworkVersion;
import org.yjinspect.framework.domain.KeyQuestion;
import org.yjinspect.framework.domain.Prompt;
import org.yjinspect.framework.domain.PrintedWording;
import org.yjinspect.framework.domain.Standard;
import org.yjinspect.support.NeedsSeeds;

/**
 * Proves the catalogue against the published reports: every key question and prompt a seed prints
 * in its data tables is in the catalogue of that seed's framework version, word for word after
 * {@link PrintedWording#normalise}. No fuzzy matching; printing slips are listed in {@link KnownSeedDefect}.
 */
class FrameworkCatalogueConsistencyTest {

    @NeedsSeeds
    @Test
    void everyQuestionPrintedInASeedsDataTablesIsInItsVersionsCatalogue() {
        List<String> misses = new ArrayList<>();
        Set<KnownSeedDefect> defectsSeen = new HashSet<>();
        for (SeedReport seed : SeedReport.all()) {
            Framework framework = FrameworkCatalogue.load(seed.version());
            for (PrintedRow row : seed.dataRows()) {
                KnownSeedDefect.printedAs(row.text()).ifPresent(defectsSeen::add);
                if (!isInCatalogue(framework, KnownSeedDefect.meantBy(row))) {
                    misses.add(seed.name() + ":" + row.line() + " (" + seed.version() + ") " + row.text());
                }
            }
        }
        assertThat(misses).as("printed questions missing from the catalogue").isEmpty();
        assertThat(defectsSeen).as("known seed defects that no seed prints any more")
                .containsExactlyInAnyOrderElementsOf(KnownSeedDefect.ALL);
    }

    @Test
    void knownSeedDefectsAreNotCatalogueWordings() {
        for (KnownSeedDefect defect : KnownSeedDefect.ALL) {
            FrameworkVersion[] versions = FrameworkVersion.values();
            assertThat(Stream.of(versions).map(FrameworkCatalogue::load))
                    .as(defect.reason()).noneMatch(f -> isInCatalogue(f, PrintedWording.normalise(defect.printed())))
                    .anyMatch(f -> isInCatalogue(f, PrintedWording.normalise(defect.meant())));
        }
    }

    @NeedsSeeds
    @Test
    void everySeedPrintsEveryKeyQuestionOfItsVersion() {
        List<String> missing = new ArrayList<>();
        for (SeedReport seed : SeedReport.all()) {
            List<String> printed = seed.dataRows().stream().map(KnownSeedDefect::meantBy).toList();
            keyQuestions(FrameworkCatalogue.load(seed.version()))
                    .filter(kq -> printed.stream().noneMatch(kq::isPrintedAs))
                    .forEach(kq -> missing.add(seed.name() + " " + kq.id()));
        }
        assertThat(missing).as("key questions a seed's tables do not print").isEmpty();
    }

    @NeedsSeeds
    @ParameterizedTest
    @EnumSource(FrameworkVersion.class)
    void everyPromptIsPrintedInSomeSeedOfItsVersion(FrameworkVersion version) {
        List<String> printed = SeedReport.of(version).stream()
                .flatMap(seed -> seed.dataRows().stream()).map(KnownSeedDefect::meantBy).toList();
        List<String> unprinted = keyQuestions(FrameworkCatalogue.load(version))
                .flatMap(kq -> kq.prompts().stream())
                .filter(p -> printed.stream().noneMatch(p::isPrintedAs))
                .map(Prompt::id).toList();
        assertThat(unprinted).as("prompts no " + version + " seed prints").isEmpty();
    }

    @NeedsSeeds
    @ParameterizedTest
    @EnumSource(FrameworkVersion.class)
    void everyPrintedVariantIsPrintedInASeedOfItsVersion(FrameworkVersion version) {
        Set<String> printed = new HashSet<>();
        SeedReport.of(version).forEach(seed -> printed.addAll(PrintedTables.printedQuestions(seed.lines())));
        List<String> invented = keyQuestions(FrameworkCatalogue.load(version))
                .flatMap(kq -> Stream.concat(kq.printedVariants().stream(),
                        kq.prompts().stream().flatMap(p -> p.printedVariants().stream())))
                .map(PrintedWording::normalise)
                .filter(Predicate.not(printed::contains))
                .toList();
        assertThat(invented).as("printed variants no " + version + " seed prints").isEmpty();
    }

    /**
     * The 2018 count tables give a prompt's relevant cases next to the cases its table covers.
     * Fewer relevant cases means inspectors answered "not applicable" in some case.
     */
    @NeedsSeeds
    @Test
    void promptsWithFewerRelevantCasesThanTheirTableAllowNotApplicable() {
        List<String> wrong = new ArrayList<>();
        int promptRowsChecked = 0;
        for (SeedReport seed : SeedReport.all()) {
            Framework framework = FrameworkCatalogue.load(seed.version());
            for (PrintedRow row : seed.dataRows()) {
                if (row.relevantCases().isEmpty() || row.standard().isEmpty()) {
                    continue;
                }
                Standard standard = framework.standard(row.standard()).orElseThrow();
                List<Prompt> prompts = standard.keyQuestions().stream()
                        .flatMap(kq -> kq.promptPrintedAs(KnownSeedDefect.meantBy(row)).stream()).toList();
                promptRowsChecked += prompts.isEmpty() ? 0 : 1;
                int relevant = row.relevantCases().getAsInt();
                int cases = row.casesInTable().getAsInt();
                prompts.stream().filter(p -> relevant < cases && !p.notApplicableAllowed())
                        .forEach(p -> wrong.add(seed.name() + ":" + row.line() + " " + p.id()
                                + " relevant in " + relevant + " of " + cases));
            }
        }
        assertThat(promptRowsChecked).as("prompt rows with relevant-case counts").isGreaterThan(50);
        assertThat(wrong).as("prompts not relevant in every case but not allowing N/A").isEmpty();
    }

    @NeedsSeeds
    @ParameterizedTest
    @EnumSource(FrameworkVersion.class)
    void standardStatementsAndQuestionsArePrintedInASeedOfItsVersion(FrameworkVersion version) {
        List<String> lines = SeedReport.of(version).stream().flatMap(s -> s.lines().stream())
                .map(line -> PrintedWording.normalise(line.split("\t", -1)[0])).toList();
        Set<String> lineSet = new HashSet<>(lines);
        List<String> missing = new ArrayList<>();
        for (Standard standard : FrameworkCatalogue.load(version).standards()) {
            String statement = PrintedWording.normalise(standard.statement());
            if (lines.stream().noneMatch(line -> line.startsWith(statement))) {
                missing.add(standard.number() + " statement: " + statement);
            }
            standard.questions().stream().filter(q -> !lineSet.contains(PrintedWording.normalise(q)))
                    .forEach(q -> missing.add(standard.number() + " question: " + q));
        }
        assertThat(missing).isEmpty();
    }

    private static boolean isInCatalogue(Framework framework, String printed) {
        return keyQuestions(framework).anyMatch(kq -> kq.isPrintedAs(printed) || kq.promptPrintedAs(printed).isPresent());
    }

    private static Stream<KeyQuestion> keyQuestions(Framework framework) {
        return framework.standards().stream().flatMap(s -> s.keyQuestions().stream());
    }
}
