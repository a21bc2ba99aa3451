package org.yjinspect.comparison.domain;

import java.util.List;
import java.util.Optional;
import org.yjinspect.framework.domain.FrameworkVersion;

/**
 * The documented mapping of standards and key questions between the 2018 and 2021 frameworks
 * (docs/comparisons.md): the only way a comparison crosses versions. Every standard and key
 * question of both catalogues has exactly one line, checked when the file is read.
 */
public record VersionMapping(List<Correspondence> standards, List<Correspondence> keyQuestions) {
    public VersionMapping {
        standards = List.copyOf(standards);
        keyQuestions = List.copyOf(keyQuestions);
    }

    public Optional<Correspondence> standard(FrameworkVersion version, String number) {
        return find(standards, version, number);
    }

    public Optional<Correspondence> keyQuestion(FrameworkVersion version, String id) {
        return find(keyQuestions, version, id);
    }

    private static Optional<Correspondence> find(List<Correspondence> lines, FrameworkVersion version, String id) {
        return lines.stream().filter(c -> c.in(version).filter(id::equals).isPresent()).findFirst();
    }
}
