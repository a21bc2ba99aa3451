package org.yjinspect.comparison.page;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.yjinspect.comparison.domain.KeyQuestionNames;
import org.yjinspect.framework.domain.Framework;
import org.yjinspect.framework.domain.FrameworkVersion;
import org.yjinspect.framework.domain.KeyQuestion;
import org.yjinspect.framework.domain.Standard;

/**
 * The options of the two GET forms on /library/compare: every standard and every case-based key
 * question of either version, said once, with the versions it belongs to where not both.
 */
public record CompareChoices(List<Option> standards, List<Option> keyQuestions) {
    /** One option: the value sent and the words shown. */
    public record Option(String value, String label) {
    }

    public static CompareChoices of(Function<FrameworkVersion, Framework> frameworks) {
        Map<String, List<String>> standards = new LinkedHashMap<>();
        Map<String, List<String>> keyQuestions = new LinkedHashMap<>();
        Map<String, List<FrameworkVersion>> standardVersions = new LinkedHashMap<>();
        Map<String, List<FrameworkVersion>> keyQuestionVersions = new LinkedHashMap<>();
        for (FrameworkVersion version : List.of(FrameworkVersion.V2021, FrameworkVersion.V2018)) {
            for (Standard standard : frameworks.apply(version).standards()) {
                names(standards, standard.number(), standard.number() + " " + standard.name());
                standardVersions.computeIfAbsent(standard.number(), n -> new ArrayList<>()).add(version);
                for (KeyQuestion kq : standard.keyQuestions()) {
                    names(keyQuestions, kq.id(), KeyQuestionNames.of(standard, kq));
                    keyQuestionVersions.computeIfAbsent(kq.id(), n -> new ArrayList<>()).add(version);
                }
            }
        }
        return new CompareChoices(options(standards, standardVersions), options(keyQuestions, keyQuestionVersions));
    }

    private static void names(Map<String, List<String>> names, String id, String name) {
        List<String> known = names.computeIfAbsent(id, n -> new ArrayList<>());
        if (!known.contains(name)) {
            known.add(name);
        }
    }

    private static List<Option> options(Map<String, List<String>> names, Map<String, List<FrameworkVersion>> versions) {
        List<Option> options = new ArrayList<>();
        names.keySet().stream().sorted().forEach(id -> {
            List<FrameworkVersion> in = versions.get(id);
            String label = String.join(" (2021); ", names.get(id));
            if (names.get(id).size() > 1) {
                label = label + " (2018)";
            } else if (in.size() == 1) {
                label = label + " (" + in.get(0).label() + " only)";
            }
            options.add(new Option(id, label));
        });
        return options;
    }
}
