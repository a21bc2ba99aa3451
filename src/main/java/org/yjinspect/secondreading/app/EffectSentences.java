package org.yjinspect.secondreading.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.yjinspect.rating.domain.Rating;

/**
 * The effect in words: "on the second readings 2.2 would move from Good to Requires improvement:
 * keeping the child safe falls from 67% to 61%". The key question named is the one that drives the
 * rating on that basis (the lowest), with its percentage on the live answers and on that basis.
 */
final class EffectSentences {
    private EffectSentences() {
    }

    /** {@code livePercent}: each key question's live percentage by id (those with relevant cases). */
    static List<String> of(String standard, Map<String, Double> livePercent, RatingEffect.Basis live,
                           RatingEffect.Basis first, RatingEffect.Basis second, RatingEffect.Basis agreed) {
        List<String> sentences = new ArrayList<>();
        if (!same(first, live)) {
            sentences.add(sentence("on the first readings as given", standard, livePercent, live, first));
        }
        sentences.add(sentence("on the second readings", standard, livePercent, live, second));
        sentences.add(sentence("on the agreed answers", standard, livePercent, live, agreed));
        return sentences;
    }

    static String sentence(String basis, String standard, Map<String, Double> livePercent, RatingEffect.Basis live,
                           RatingEffect.Basis other) {
        String from = label(live);
        String to = label(other);
        if (other.drivingKeyQuestion() == null) {
            return basis + " " + standard + " would be " + to + " (live: " + from + ")";
        }
        String move = from.equals(to) ? " would stay " + to : " would move from " + from + " to " + to;
        return basis + " " + standard + move + ": " + movement(other, livePercent.get(other.drivingKeyQuestionId()));
    }

    private static String movement(RatingEffect.Basis other, Double livePercent) {
        String kq = lowerFirst(other.drivingKeyQuestion());
        long then = Math.round(other.percent());
        if (livePercent == null) {
            return kq + " is at " + then + "% (it has no relevant cases on the live answers)";
        }
        long now = Math.round(livePercent);
        String verb = then < now ? " falls from " + now + "% to " : then > now ? " rises from " + now + "% to "
                : " stays at ";
        return kq + verb + then + "%";
    }

    private static boolean same(RatingEffect.Basis a, RatingEffect.Basis b) {
        return a.rating().equals(b.rating()) && a.yes() == b.yes() && a.relevant() == b.relevant();
    }

    private static String label(RatingEffect.Basis basis) {
        return basis.rating().map(Rating::label).orElse("not rated");
    }

    private static String lowerFirst(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toLowerCase(Locale.ROOT) + text.substring(1);
    }
}
