package org.yjinspect.comparison.app;

import java.util.function.Function;
import org.yjinspect.comparison.domain.ServiceHistory;
import org.yjinspect.comparison.domain.VersionMapping;
import org.yjinspect.framework.domain.Framework;
import org.yjinspect.framework.domain.FrameworkVersion;
import org.yjinspect.library.app.LibraryReader;
import org.yjinspect.platform.problem.Problem;
import org.yjinspect.platform.problem.SafeText;

/** The comparisons the pages, the API and the command line offer, in one place (docs/comparisons.md). */
public final class Comparisons {
    private final LibraryReader library;
    private final Function<FrameworkVersion, Framework> frameworks;
    private final VersionMapping mapping;
    private final Distributions distributions;
    private final LivePlacements placements;

    public Comparisons(LibraryReader library, LiveFigures live, Function<FrameworkVersion, Framework> frameworks,
                       VersionMapping mapping) {
        this.library = library;
        this.frameworks = frameworks;
        this.mapping = mapping;
        this.distributions = new Distributions(library, frameworks, mapping);
        this.placements = new LivePlacements(library, live, frameworks, mapping);
    }

    public StandardComparison standard(DistributionQuery query) {
        return distributions.standard(query);
    }

    public KeyQuestionComparison keyQuestion(DistributionQuery query) {
        return distributions.keyQuestion(query);
    }

    /** A service's published inspections over time, by the library's service key. */
    public ServiceHistory service(String serviceKey) {
        Problem.require(serviceKey != null && serviceKey.matches("[a-z0-9]+(-[a-z0-9]+)*"), "serviceKey must be"
                + " lower-case letters, digits and hyphens, as the library lists it (got \"" + SafeText.shown(serviceKey) + "\")");
        ServiceHistory history = ServiceHistory.of(serviceKey, library.all(), mapping, frameworks);
        if (history.inspections().isEmpty()) {
            throw Problem.notFound("there is no service " + serviceKey + " in the library");
        }
        return history;
    }

    public InspectionComparison inspection(long inspectionId) {
        return placements.of(inspectionId);
    }

    public VersionMapping mapping() {
        return mapping;
    }

    public LibraryReader library() {
        return library;
    }
}
