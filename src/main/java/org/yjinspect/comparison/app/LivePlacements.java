package org.yjinspect.comparison.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.yjinspect.comparison.domain.Correspondence;
import org.yjinspect.comparison.domain.KeyQuestionNames;
import org.yjinspect.comparison.domain.LiveFigure;
import org.yjinspect.comparison.domain.PercentSpread;
import org.yjinspect.comparison.domain.Placement;
import org.yjinspect.comparison.domain.PlacementWordsPolicy;
import org.yjinspect.comparison.domain.VersionMapping;
import org.yjinspect.framework.domain.Framework;
import org.yjinspect.framework.domain.FrameworkVersion;
import org.yjinspect.framework.domain.KeyQuestion;
import org.yjinspect.framework.domain.Standard;
import org.yjinspect.library.app.LibraryReader;
import org.yjinspect.library.domain.LibraryInspection;

/**
 * Use case: an inspection's (or self-assessment's) live key-question figures placed among the
 * library's inspections of the same framework version, in words with n for both; among the other
 * version's as well only where the mapping says the key questions correspond.
 */
public final class LivePlacements {
    private final LibraryReader library;
    private final LiveFigures live;
    private final Function<FrameworkVersion, Framework> frameworks;
    private final VersionMapping mapping;

    public LivePlacements(LibraryReader library, LiveFigures live, Function<FrameworkVersion, Framework> frameworks,
                          VersionMapping mapping) {
        this.library = library;
        this.live = live;
        this.frameworks = frameworks;
        this.mapping = mapping;
    }

    public InspectionComparison of(long inspectionId) {
        LiveFigures.Live figures = live.of(inspectionId);
        Map<String, LiveFigure> byId = figures.figures().stream()
                .collect(Collectors.toMap(LiveFigure::keyQuestionId, f -> f, (a, b) -> a));
        List<LibraryInspection> all = library.all();
        FrameworkVersion version = figures.version();
        FrameworkVersion other = Correspondence.other(version);
        List<InspectionComparison.Place> places = new ArrayList<>();
        for (Standard standard : frameworks.apply(version).standards()) {
            for (KeyQuestion kq : standard.keyQuestions()) {
                LiveFigure figure = byId.getOrDefault(kq.id(), new LiveFigure(kq.id(), 0, 0));
                String name = KeyQuestionNames.of(standard, kq);
                PercentSpread spread = PercentSpread.of(version, kq.id(), all);
                Optional<Placement> placement = figure.percent().map(p -> Placement.of(p, spread));
                Correspondence line = mapping.keyQuestion(version, kq.id()).orElseThrow();
                Optional<InspectionComparison.OtherVersion> across = line.counterpartIn(other).map(id -> {
                    PercentSpread theirs = PercentSpread.of(other, id, all);
                    Optional<Placement> there = figure.percent().map(p -> Placement.of(p, theirs));
                    return new InspectionComparison.OtherVersion(theirs, there,
                            PlacementWordsPolicy.words(name, figure, there, theirs));
                });
                places.add(new InspectionComparison.Place(standard.number(), kq.id(), name,
                        KeyQuestionNames.shortOf(kq), figure, spread, placement,
                        PlacementWordsPolicy.words(name, figure, placement, spread), line, across));
            }
        }
        int ofVersion = (int) all.stream().filter(i -> i.frameworkVersion() == version).count();
        return new InspectionComparison(inspectionId, figures.service(), figures.kind(), version, ofVersion, places);
    }
}
