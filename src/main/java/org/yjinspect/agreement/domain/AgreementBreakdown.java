package org.yjinspect.agreement.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.yjinspect.agreement.domain.AgreementGroup.Scope;
import org.yjinspect.agreement.domain.SecondReadItem.Level;

/**
 * Agreement of an inspection's second-read answers, broken down: the whole inspection (every
 * answer, all levels together), each level (key questions, which drive the ratings; prompts;
 * classifications), and within each level per standard, per key question (a key question's own
 * answers; for prompts, the prompts of that key question together), per prompt or classification,
 * and per ordered pair of readers (first reader, second reader). Each group has its n. The three
 * levels are always listed, with n = 0 when nothing was read at that level; other groups only when
 * they hold answers. Order: {@link AgreementGroup#ORDER} (scope, level, then framework number order).
 */
public record AgreementBreakdown(List<AgreementGroup> groups) {
    public AgreementBreakdown {
        groups = List.copyOf(groups);
    }

    /** The breakdown with each group's categories as seen in its answers. */
    public static AgreementBreakdown of(List<SecondReadItem> items) {
        return of(items, Map.of());
    }

    /**
     * @param possibleAnswers per level, the answers the framework allows there (e.g. prompts: YES, NO,
     *                        NOT_APPLICABLE), so that an answer nobody gave still counts for AC1; may be empty
     */
    public static AgreementBreakdown of(List<SecondReadItem> items, Map<Level, List<String>> possibleAnswers) {
        Objects.requireNonNull(items, "items");
        Map<Key, List<PairedAnswer>> answers = new LinkedHashMap<>();
        answers.put(new Key(Scope.INSPECTION, null, null, null, null, null), new ArrayList<>());
        for (Level level : Level.values()) {
            answers.put(new Key(Scope.LEVEL, level, null, null, null, null), new ArrayList<>());
        }
        for (SecondReadItem item : items) {
            keysOf(item).forEach(key -> answers.computeIfAbsent(key, k -> new ArrayList<>()).add(item.answers()));
        }
        List<AgreementGroup> groups = new ArrayList<>();
        answers.forEach((key, pairs) -> groups.add(key.group(AgreementFigures.of(pairs, scale(key.level(), possibleAnswers)))));
        groups.sort(AgreementGroup.ORDER);
        return new AgreementBreakdown(groups);
    }

    private static List<Key> keysOf(SecondReadItem item) {
        Level level = item.level();
        String standard = item.standardNumber();
        List<Key> keys = new ArrayList<>();
        keys.add(new Key(Scope.INSPECTION, null, null, null, null, null));
        keys.add(new Key(Scope.LEVEL, level, null, null, null, null));
        if (standard != null) {
            keys.add(new Key(Scope.STANDARD, level, standard, null, null, null));
        }
        if (item.keyQuestionId() != null) {
            keys.add(new Key(Scope.KEY_QUESTION, level, standard, item.keyQuestionId(), null, null));
        }
        if (level != Level.KEY_QUESTION) {
            // A key question's own group already is its item's group.
            keys.add(new Key(Scope.ITEM, level, standard, item.keyQuestionId(), item.itemId(), null));
        }
        keys.add(new Key(Scope.READERS, level, null, null, null, new ReaderPair(item.firstReader(), item.secondReader())));
        return keys;
    }

    /** The declared answers of a level; for the whole inspection, every level's. */
    private static Collection<String> scale(Level level, Map<Level, List<String>> possibleAnswers) {
        if (level != null) {
            return possibleAnswers.getOrDefault(level, List.of());
        }
        LinkedHashSet<String> all = new LinkedHashSet<>();
        for (Level each : Level.values()) {
            all.addAll(possibleAnswers.getOrDefault(each, List.of()));
        }
        return all;
    }

    /** Every answer of the inspection, all levels together. */
    public AgreementGroup inspection() {
        return groups.get(0);
    }

    /** Every answer at one level (always present; n = 0 when nothing was read twice at that level). */
    public AgreementGroup level(Level level) {
        return groups(Scope.LEVEL, level).get(0);
    }

    public List<AgreementGroup> standards(Level level) {
        return groups(Scope.STANDARD, level);
    }

    public List<AgreementGroup> keyQuestions(Level level) {
        return groups(Scope.KEY_QUESTION, level);
    }

    /** Per prompt (level PROMPT) or per classification (level CLASSIFICATION); key questions: use keyQuestions. */
    public List<AgreementGroup> items(Level level) {
        return groups(Scope.ITEM, level);
    }

    public List<AgreementGroup> readerPairs(Level level) {
        return groups(Scope.READERS, level);
    }

    /** The groups of one scope at one level, in order. */
    public List<AgreementGroup> groups(Scope scope, Level level) {
        return groups.stream().filter(g -> g.scope() == scope && g.level() == level).toList();
    }

    private record Key(Scope scope, Level level, String standardNumber, String keyQuestionId, String itemId,
                       ReaderPair readers) {
        AgreementGroup group(AgreementFigures figures) {
            return new AgreementGroup(scope, level, standardNumber, keyQuestionId, itemId, readers, figures);
        }
    }
}
