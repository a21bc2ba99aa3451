package org.yjinspect.comparison;

import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.yjinspect.framework.domain.Framework;
import org.yjinspect.framework.domain.FrameworkVersion;
import org.yjinspect.framework.domain.KeyQuestion;
import org.yjinspect.framework.domain.Standard;
import org.yjinspect.framework.resource.FrameworkCatalogue;
import org.yjinspect.library.domain.LibraryInspection;
import org.yjinspect.library.domain.LibraryKeyQuestion;
import org.yjinspect.library.domain.LibraryStandard;
import org.yjinspect.published.domain.CaseFigure;
import org.yjinspect.published.domain.CasesInspected;
import org.yjinspect.rating.domain.Rating;

/**
 * Synthetic published inspections, drawn from a seed: every standard of the version rated, every
 * key question a figure (2018 counted "n of N", 2021 a printed percentage), services "Synthetic
 * service N". Not real services' figures: for property tests and the benchmark's library of 200.
 */
public final class SyntheticLibrary {
    private SyntheticLibrary() {
    }

    public static List<LibraryInspection> draw(long seed, int count, long firstId) {
        SplittableRandom random = new SplittableRandom(seed);
        List<LibraryInspection> drawn = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            FrameworkVersion version = random.nextInt(3) == 0 ? FrameworkVersion.V2018 : FrameworkVersion.V2021;
            YearMonth published = version == FrameworkVersion.V2018 ? YearMonth.of(2018, 7).plusMonths(random.nextInt(36))
                    : YearMonth.of(2021, 8).plusMonths(random.nextInt(40));
            String service = "Synthetic service " + (1 + random.nextInt(Math.max(1, count / 2)));
            drawn.add(inspection(firstId + i, service, published, version, random));
        }
        return drawn;
    }

    public static LibraryInspection inspection(long id, String service, YearMonth published, FrameworkVersion version,
                                               SplittableRandom random) {
        Framework framework = FrameworkCatalogue.load(version);
        List<LibraryStandard> standards = new ArrayList<>();
        for (Standard standard : framework.standards()) {
            List<LibraryKeyQuestion> kqs = new ArrayList<>();
            for (KeyQuestion kq : standard.keyQuestions()) {
                int relevant = 1 + random.nextInt(30);
                CaseFigure figure = version == FrameworkVersion.V2018
                        ? CaseFigure.counted(random.nextInt(relevant + 1), relevant)
                        : CaseFigure.printed(random.nextInt(101));
                kqs.add(new LibraryKeyQuestion(kq.id(), kq.text(), figure));
            }
            Rating rating = random.nextInt(12) == 0 ? null : Rating.values()[random.nextInt(4)];
            standards.add(new LibraryStandard(standard.number(), standard.name(), rating, kqs));
        }
        return new LibraryInspection(id, service, HeldLibrary.key(service), published, version,
                random.nextInt(37), 36, Rating.values()[random.nextInt(4)], standards,
                new CasesInspected(random.nextInt(30), random.nextInt(30), random.nextInt(4)), List.of(),
                "synthetic-" + id + ".pdf", Instant.parse("2026-01-01T00:00:00Z"));
    }
}
