package org.yjinspect.comparison.app;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.yjinspect.comparison.domain.Correspondence;
import org.yjinspect.comparison.domain.KeyQuestionNames;
import org.yjinspect.comparison.domain.PercentSpread;
import org.yjinspect.comparison.domain.RatingTally;
import org.yjinspect.comparison.domain.VersionMapping;
import org.yjinspect.framework.domain.Framework;
import org.yjinspect.framework.domain.FrameworkVersion;
import org.yjinspect.framework.domain.KeyQuestion;
import org.yjinspect.framework.domain.Standard;
import org.yjinspect.library.app.LibraryReader;
import org.yjinspect.library.domain.LibraryInspection;
import org.yjinspect.platform.problem.Problem;

/**
 * Use case: how a standard's ratings, or a key question's percentages, spread across the library,
 * per framework version. The other version comes in only through the mapping, and apart.
 */
public final class Distributions {
    private final LibraryReader library;
    private final Function<FrameworkVersion, Framework> frameworks;
    private final VersionMapping mapping;

    public Distributions(LibraryReader library, Function<FrameworkVersion, Framework> frameworks, VersionMapping mapping) {
        this.library = library;
        this.frameworks = frameworks;
        this.mapping = mapping;
    }

    public StandardComparison standard(DistributionQuery query) {
        Problem.require(query.standard() != null, "standard is required (such as 2.1)");
        Standard standard = standardOf(query.version(), query.standard());
        List<LibraryInspection> all = library.all();
        Correspondence line = mapping.standard(query.version(), standard.number()).orElseThrow();
        FrameworkVersion other = Correspondence.other(query.version());
        Optional<RatingTally> counterpart = line.counterpartIn(other).map(n -> RatingTally.of(other, n, all));
        List<KeyQuestionComparison> kqs = standard.keyQuestions().stream()
                .map(kq -> keyQuestion(query.version(), standard, kq, all)).toList();
        return new StandardComparison(standard, RatingTally.of(query.version(), standard.number(), all), kqs, line,
                counterpart);
    }

    public KeyQuestionComparison keyQuestion(DistributionQuery query) {
        Problem.require(query.keyQuestion() != null, "keyQuestion is required (such as 2.1.desistance)");
        Framework framework = frameworks.apply(query.version());
        for (Standard standard : framework.standards()) {
            for (KeyQuestion kq : standard.keyQuestions()) {
                if (kq.id().equals(query.keyQuestion())) {
                    return keyQuestion(query.version(), standard, kq, library.all());
                }
            }
        }
        throw Problem.invalid("keyQuestion: the " + query.version().label() + " framework has no key question "
                + query.keyQuestion() + "; its key questions are " + framework.standards().stream()
                .flatMap(s -> s.keyQuestions().stream()).map(KeyQuestion::id).collect(Collectors.joining(", ")));
    }

    private KeyQuestionComparison keyQuestion(FrameworkVersion version, Standard standard, KeyQuestion kq,
                                              List<LibraryInspection> all) {
        Correspondence line = mapping.keyQuestion(version, kq.id()).orElseThrow();
        FrameworkVersion other = Correspondence.other(version);
        return new KeyQuestionComparison(kq.id(), KeyQuestionNames.of(standard, kq),
                KeyQuestionNames.shortOf(kq), kq.text(),
                PercentSpread.of(version, kq.id(), all), line,
                line.counterpartIn(other).map(id -> PercentSpread.of(other, id, all)));
    }

    private Standard standardOf(FrameworkVersion version, String number) {
        Framework framework = frameworks.apply(version);
        return framework.standard(number).orElseThrow(() -> Problem.invalid("standard: the " + version.label()
                + " framework has no standard " + number + "; its standards are " + framework.standards().stream()
                .map(Standard::number).collect(Collectors.joining(", "))));
    }
}
