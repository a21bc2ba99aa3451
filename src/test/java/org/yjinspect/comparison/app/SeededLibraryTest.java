package org.yjinspect.comparison.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.yjinspect.comparison.HeldLibrary;
import org.yjinspect.comparison.SyntheticLibrary;
import org.yjinspect.comparison.domain.PercentSpread;
import org.yjinspect.comparison.domain.RatingTally;
import org.yjinspect.comparison.json.MappingFile;
import org.yjinspect.framework.domain.FrameworkVersion;
import org.yjinspect.framework.domain.KeyQuestion;
import org.yjinspect.framework.domain.Standard;
import org.yjinspect.framework.resource.FrameworkCatalogue;
import org.yjinspect.library.app.LibraryReports;
import org.yjinspect.library.domain.LibraryInspection;
import org.yjinspect.rating.domain.Rating;
import org.yjinspect.support.NeedsSeeds;
import org.yjinspect.support.SeedDirectory;

/**
 * A library made from the five seed reports, read by the importer as `published add` reads
 * them, compares exactly as the figures the project holds for the same reports do (a slip in a
 * printed wording, as Kingston and Richmond's "... the safety of the child safe?" for 2.3, costs
 * nothing where the importer fitted the key questions to the framework); with
 * synthetic inspections added, the seeds' own figures keep their place.
 */
@NeedsSeeds
class SeededLibraryTest {
    private final LibraryReports reports = new LibraryReports(v -> Optional.of(FrameworkCatalogue.load(v)));

    @Test
    void everyTallyAndSpreadOfTheSeedsIsThatOfTheHeldFigures() throws IOException {
        List<LibraryInspection> seeds = seeds();
        assertEquals(5, seeds.size());
        List<LibraryInspection> held = HeldLibrary.heldInspections();
        int compared = 0;
        for (FrameworkVersion version : FrameworkVersion.values()) {
            for (Standard standard : FrameworkCatalogue.load(version).standards()) {
                RatingTally fromSeeds = RatingTally.of(version, standard.number(), seeds);
                RatingTally fromHeld = RatingTally.of(version, standard.number(), held);
                assertEquals(fromHeld.counts(), fromSeeds.counts(), version + " " + standard.number());
                for (KeyQuestion kq : standard.keyQuestions()) {
                    List<Integer> fromHeldFigures = PercentSpread.of(version, kq.id(), held).percents();
                    List<Integer> fromSeedReports = PercentSpread.of(version, kq.id(), seeds).percents();
                    assertEquals(fromHeldFigures, fromSeedReports, version + " " + kq.id());
                    compared++;
                }
            }
        }
        assertEquals(21 + 23, compared);
    }

    @Test
    void aSyntheticVariantOfASeedMovesOnlyItsOwnFigure() throws IOException {
        List<LibraryInspection> library = new ArrayList<>(seeds());
        long seed = System.nanoTime();
        System.out.println("SeededLibraryTest seed " + seed);
        library.add(SyntheticLibrary.inspection(100, "Eastshire Youth Justice Service", YearMonth.of(2024, 3),
                FrameworkVersion.V2021, new SplittableRandom(seed)));
        Comparisons comparisons = new Comparisons(new HeldLibrary(library), id -> {
            throw new AssertionError("no live inspection here");
        }, FrameworkCatalogue::load, new MappingFile(FrameworkCatalogue::load).load());
        KeyQuestionComparison planning = comparisons.keyQuestion(DistributionQuery.of("2021", null, "2.2.child-safety"));
        int synthetic = planning.spread().figures().stream().filter(f -> f.libraryId() == 100).findFirst()
                .orElseThrow().percent();
        List<Integer> expected = new ArrayList<>(List.of(39, 71, 75, synthetic));
        expected.sort(null);
        assertEquals(expected, planning.spread().percents(), "seed " + seed);
        StandardComparison policy = comparisons.standard(DistributionQuery.of("2021", "3.4", null));
        // Suffolk Requires improvement, Portsmouth and Plymouth Good, plus whatever the synthetic one drew.
        int drawnGood = library.get(5).standard("3.4").map(s -> s.rating() == Rating.GOOD ? 1 : 0).orElse(0);
        assertEquals(2 + drawnGood, policy.tally().count(Rating.GOOD), "seed " + seed);
        assertEquals(4, policy.tally().n());
    }

    private List<LibraryInspection> seeds() throws IOException {
        List<LibraryInspection> read = new ArrayList<>();
        try (Stream<Path> files = Files.list(SeedDirectory.find())) {
            long id = 1;
            for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                read.add(HeldLibrary.withId(id++, reports.read(file, file.getFileName().toString())));
            }
        }
        return read;
    }
}
