package org.yjinspect.library.domain;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.yjinspect.rules.Ruling;

/**
 * How the library tells that two reports are about the same service: their names folded to a
 * key. Reports name one service differently over the years ("Plymouth Youth Offending Service",
 * "Plymouth Youth Justice Service", "Plymouth YJS"): the kind of service is not its name, so it
 * is dropped, and the place is what is left. Lower case, accents and punctuation gone, "&" read
 * as "and", a leading "the" dropped, words joined by hyphens (the key is used in addresses).
 */
public final class ServiceKeyPolicy {
    public static final String RULE = "one service, however its report names it";
    /** Endings naming the kind of service, longest first, as words. */
    private static final List<List<String>> KINDS = List.of(
            words("youth offending service"), words("youth offending team"), words("youth justice service"),
            words("youth justice team"), words("youth justice partnership"), words("youth offending partnership"),
            words("youth justice"), words("youth offending"), words("yjs"), words("yos"), words("yot"));

    private ServiceKeyPolicy() {
    }

    /** The service's key, and why it is what it is; null with the reason when the name has no letters or digits. */
    public static Ruling<String> fold(String service) {
        List<String> words = service == null ? List.of() : words(service);
        if (words.isEmpty()) {
            return new Ruling<>(null, RULE, "the service's name has no letters or digits to tell it by");
        }
        List<String> place = new ArrayList<>(words);
        if (place.size() > 1 && place.get(0).equals("the")) {
            place.remove(0);
        }
        for (List<String> kind : KINDS) {
            if (place.size() > kind.size() && place.subList(place.size() - kind.size(), place.size()).equals(kind)) {
                String key = String.join("-", place.subList(0, place.size() - kind.size()));
                return new Ruling<>(key, RULE, "'" + String.join(" ", kind) + "' is the kind of service, not its"
                        + " name: the service is '" + key + "'");
            }
        }
        String key = String.join("-", place);
        return new Ruling<>(key, RULE, "the name ends in no kind of service: the service is '" + key + "'");
    }

    private static List<String> words(String text) {
        String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT).replace("&", " and ");
        return Arrays.stream(plain.split("[^a-z0-9]+")).filter(w -> !w.isEmpty()).toList();
    }
}
