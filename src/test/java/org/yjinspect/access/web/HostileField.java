package org.yjinspect.access.web;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.yjinspect.access.web.HostilePayloads.Nature;
import org.yjinspect.access.web.HostilePayloads.Payload;

/**
 * One text field the API takes, as {@link HostileTextTest} attacks it: how to send a value, how
 * to read back what is stored, the rule it is held to, and the words its refusal must contain.
 *
 * @param key {@code Routes.Request.component} for a field of a request record, or a name for text
 *            that comes another way (a caseload CSV column)
 * @param named words the refusal must contain, so the person knows which field to correct ("a|b":
 *              either; a set-up link is checked before the password, so its refusal may name the link
 *              instead), or null where the answer deliberately names nothing (a refused sign-in)
 * @param prepare what must exist before a value is sent (done before the database is looked at)
 * @param audited the inspection whose audit trail must show a stored value (0: none)
 * @param growsWhenRefused tables that may gain rows even when the value is refused (a failed sign-in is recorded)
 */
record HostileField(String key, Form form, int longest, String named, Prepare prepare, Write write, Read read,
                    Audited audited, Set<Integer> refusedWith, Set<String> growsWhenRefused) {

    /** The rule a field holds its text to. */
    enum Form {
        /** Free text (TextRule.FREE_TEXT): notes, rationales, reasons, questions. */
        FREE_TEXT,
        /** One line of text (TextRule.NAME): the service, a token's name, who a meeting was with. */
        NAME,
        /** A code, a known name or a secret: no hostile text is one, so every payload is refused. */
        CODED,
        /** A caseload's case manager: a name or staff code of letters, digits, spaces and . ' - */
        CASE_MANAGER
    }

    /** The case manager column's rule as the caseload format documents it. */
    private static final Pattern CASE_MANAGER = Pattern.compile("[\\p{L}0-9][\\p{L}0-9 .'-]{0,59}");

    interface Prepare {
        void ready() throws Exception;
    }

    interface Write {
        HostileClient.Answer send(String text) throws Exception;
    }

    interface Read {
        /** The values stored in the field now (every record's, for a field of records that are added). */
        List<String> stored() throws Exception;
    }

    interface Audited {
        long inspection(HostileClient.Answer written);
    }

    static HostileField of(String key, Form form, int longest, String named, Write write, Read read, Audited audited) {
        return new HostileField(key, form, longest, named, () -> { }, write, read, audited, Set.of(400), Set.of());
    }

    HostileField refusedWith(Set<Integer> statuses, Set<String> tables) {
        return new HostileField(key, form, longest, named, prepare, write, read, audited, statuses, tables);
    }

    HostileField preparedBy(Prepare step) {
        return new HostileField(key, form, longest, named, step, write, read, audited, refusedWith, growsWhenRefused);
    }

    /** The payloads tried: every hostile one, and for a text field the longest text it takes and one more. */
    List<Payload> payloads() {
        List<Payload> payloads = new java.util.ArrayList<>(HostilePayloads.all());
        if (form == Form.FREE_TEXT || form == Form.NAME) {
            payloads.add(HostilePayloads.atLimit(longest));
            payloads.add(HostilePayloads.overLimit(longest));
        }
        return payloads;
    }

    /** Whether the payload must be stored as it is (else refused, storing nothing). */
    boolean stores(Payload payload) {
        return switch (form) {
            case FREE_TEXT -> payload.nature() != Nature.UNSAFE;
            case NAME -> payload.nature() == Nature.PLAIN;
            case CODED -> false;
            case CASE_MANAGER -> CASE_MANAGER.matcher(payload.text()).matches();
        };
    }

    /** Whether the refusal's words name this field. */
    boolean namedIn(String words) {
        String lower = words.toLowerCase(java.util.Locale.ROOT);
        return java.util.Arrays.stream(named.split("\\|")).anyMatch(n -> lower.contains(n.toLowerCase(java.util.Locale.ROOT)));
    }

    @Override
    public String toString() {
        return key;
    }
}
