package org.yjinspect.comparison.json;

import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.yjinspect.framework.domain.Framework;
import org.yjinspect.framework.domain.FrameworkVersion;
import org.yjinspect.framework.domain.KeyQuestion;
import org.yjinspect.framework.domain.Standard;

/**
 * Keeps the mapping honest against the catalogues while it is read: each id must exist in its
 * version's catalogue and be mapped once; at the end, none of either catalogue may be left out.
 */
final class MappingCoverage {
    private final String file;
    private final Function<FrameworkVersion, Framework> frameworks;
    private final Map<FrameworkVersion, Set<String>> standardsSeen = new EnumMap<>(FrameworkVersion.class);
    private final Map<FrameworkVersion, Set<String>> keyQuestionsSeen = new EnumMap<>(FrameworkVersion.class);

    MappingCoverage(String file, Function<FrameworkVersion, Framework> frameworks) {
        this.file = file;
        this.frameworks = frameworks;
        for (FrameworkVersion version : FrameworkVersion.values()) {
            standardsSeen.put(version, new LinkedHashSet<>());
            keyQuestionsSeen.put(version, new LinkedHashSet<>());
        }
    }

    void standard(String where, FrameworkVersion version, String number) {
        if (frameworks.apply(version).standard(number).isEmpty()) {
            throw new MappingFileException(file, where, "'" + number + "' is not a standard of the " + version.label()
                    + " catalogue (framework/" + version.label() + ".json)");
        }
        once(standardsSeen, where, version, number, "standard");
    }

    void keyQuestion(String where, FrameworkVersion version, String id) {
        if (keyQuestionIds(version).stream().noneMatch(id::equals)) {
            throw new MappingFileException(file, where, "'" + id + "' is not a key question of the " + version.label()
                    + " catalogue (framework/" + version.label() + ".json)");
        }
        once(keyQuestionsSeen, where, version, id, "key question");
    }

    void requireComplete() {
        for (FrameworkVersion version : FrameworkVersion.values()) {
            for (Standard standard : frameworks.apply(version).standards()) {
                if (!standardsSeen.get(version).contains(standard.number())) {
                    throw new MappingFileException(file, "standards", "the " + version.label() + " standard "
                            + standard.number() + " has no line; say whether it corresponds, and why");
                }
            }
            for (String id : keyQuestionIds(version)) {
                if (!keyQuestionsSeen.get(version).contains(id)) {
                    throw new MappingFileException(file, "keyQuestions", "the " + version.label() + " key question "
                            + id + " has no line; say whether it corresponds, and why");
                }
            }
        }
    }

    private void once(Map<FrameworkVersion, Set<String>> seen, String where, FrameworkVersion version, String id,
                      String what) {
        if (!seen.get(version).add(id)) {
            throw new MappingFileException(file, where, "the " + version.label() + " " + what + " " + id
                    + " has a line already; give each one line");
        }
    }

    private List<String> keyQuestionIds(FrameworkVersion version) {
        return frameworks.apply(version).standards().stream().flatMap(s -> s.keyQuestions().stream())
                .map(KeyQuestion::id).toList();
    }
}
