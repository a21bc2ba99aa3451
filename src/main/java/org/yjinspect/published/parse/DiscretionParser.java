package org.yjinspect.published.parse;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yjinspect.published.domain.DiscretionStatement;
import org.yjinspect.published.domain.ImportWarning;
import org.yjinspect.published.domain.WarningKind;
import org.yjinspect.rating.domain.Rating;

/**
 * Finds where the report says the ratings panel used professional discretion on a standard
 * ("our ratings panel applied professional discretion and amended the overall rating for
 * assessment to 'Good'"). The standard is named by the words after "rating for" within the
 * domain the paragraph sits in; statements that discretion was not exercised, and the general
 * description of discretion in the methodology, are not statements of use.
 */
final class DiscretionParser {
    private static final Pattern USED = Pattern.compile("(?i)\\b(?:appl(?:y|ied|ying)|exercis(?:e|ed|ing)|us(?:e|ed|ing))"
            + "\\s+(?:its\\s+|our\\s+|their\\s+|the\\s+)?(?:professional\\s+)?discretion\\b"
            + "|\\bdiscretion\\s+(?:was|has\\s+been)\\s+(?:applied|exercised|used)\\b");
    /** A statement that discretion was not used, or could be: the methodology's description of it. */
    private static final Pattern NOT_USED = Pattern.compile("(?i)\\b(?:not|never)\\s+(?:to\\s+)?(?:exercise|apply|use)d?\\b"
            + "|\\bdid\\s+not\\b[^.]{0,30}\\b(?:exercise|apply|use|amend|change)\\b|\\bdiscretion\\s+(?:was|is)\\s+not\\b"
            + "|\\bno\\s+(?:professional\\s+)?discretion\\b|\\bdecided\\s+against\\b|\\bmay\\s+be\\s+applied\\b"
            + "|\\bconsiders\\s+whether\\b|\\b(?:can|could|may)\\s+(?:be\\s+)?(?:appl|exercis|us)\\w*\\b");
    /** The rating the panel arrived at: the last "to 'Good'" ("as 'Good'") in the sentence. */
    private static final Pattern AMENDED = Pattern.compile("(?i)\\b(?:to|as)\\s+(?:an?\\s+|the\\s+)?['\"]?("
            + Ratings.LABELS + ")");
    private static final Pattern RATING_FOR = Pattern.compile("(?i)\\brating\\s+(?:for|of)\\s+(?:the\\s+)?"
            + "([a-z][a-z\\- ]{2,60})(?=[,.;']|$)|\\b(?:for|on|of)\\s+the\\s+([a-z][a-z\\- ]{2,60}?)\\s+standard\\b");
    /** "court" or "out-of-court" before the standard's name says which domain. */
    private static final Pattern QUALIFIER = Pattern.compile("(?i)^(?:(out[- ]of[- ]court)(?:\\s+disposals?)?|court(?:\\s+disposals?)?)\\s+");
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?]['\"]?)\\s+(?=[A-Z])");

    private DiscretionParser() {
    }

    /** @param names standard number to printed name, for the standards on the ratings page */
    static List<DiscretionStatement> parse(ReportText text, SectionMap sections, Map<String, String> names,
                                           List<ImportWarning> warnings) {
        Map<String, DiscretionStatement> found = new LinkedHashMap<>();
        Map<String, Boolean> fromChapter = new LinkedHashMap<>();
        for (ReportText.Paragraph paragraph : text.paragraphs(sections.bodyStart(), sections.annexeStart())) {
            if (!paragraph.text().toLowerCase(Locale.ROOT).contains("discretion")) {
                continue;
            }
            List<String> sentences = List.of(SENTENCE_END.split(paragraph.text()));
            for (int s = 0; s < sentences.size(); s++) {
                String sentence = sentences.get(s);
                if (!USED.matcher(sentence).find() || NOT_USED.matcher(sentence).find()) {
                    continue;
                }
                Optional<String> standard = standard(sentence, paragraph, sections, names);
                if (standard.isEmpty()) {
                    warnings.add(ImportWarning.at(WarningKind.DISCRETION, "the report says the ratings panel used "
                            + "discretion, but not on which standard", text.get(paragraph.index()).number()));
                    continue;
                }
                boolean chapter = sections.domainAt(paragraph.index()).map(Heading::qualified).orElse(false);
                if (!found.containsKey(standard.get()) || chapter && !fromChapter.get(standard.get())) {
                    found.put(standard.get(), new DiscretionStatement(standard.get(), amendedTo(sentence),
                            rationale(sentences, s)));
                    fromChapter.put(standard.get(), chapter);
                }
            }
        }
        return new ArrayList<>(found.values());
    }

    private static Optional<String> standard(String sentence, ReportText.Paragraph paragraph, SectionMap sections,
                                             Map<String, String> names) {
        Optional<Heading> domain = sections.domainAt(paragraph.index());
        String domainNumber = domain.map(Heading::number).orElse(paragraph.text().toLowerCase(Locale.ROOT)
                .matches(".*\\bout[- ]of[- ]court\\b.*") ? "3" : "2");
        Matcher named = RATING_FOR.matcher(sentence);
        while (named.find()) {
            String words = (named.group(1) != null ? named.group(1) : named.group(2)).toLowerCase(Locale.ROOT).strip();
            Matcher qualifier = QUALIFIER.matcher(words);
            String inDomain = domainNumber;
            if (qualifier.lookingAt()) {
                inDomain = qualifier.group(1) != null ? "3" : "2";
                words = words.substring(qualifier.end());
            }
            for (Map.Entry<String, String> standard : names.entrySet()) {
                String name = standard.getValue().toLowerCase(Locale.ROOT);
                if (standard.getKey().startsWith(inDomain + ".") && !name.isEmpty()
                        && (words.startsWith(name) || name.startsWith(words))) {
                    return Optional.of(standard.getKey());
                }
            }
        }
        return sections.standardAt(paragraph.index()).map(SectionMap.Section::number);
    }

    private static Rating amendedTo(String sentence) {
        Matcher m = AMENDED.matcher(sentence);
        Rating last = null;
        while (m.find()) {
            last = Ratings.parse(m.group(1)).orElse(last);
        }
        return last;
    }

    /** The sentence, with the one before it when it gives the reason ("Therefore, our ratings panel ..."). */
    private static String rationale(List<String> sentences, int index) {
        String sentence = sentences.get(index).strip();
        boolean follows = sentence.toLowerCase(Locale.ROOT).matches("^(therefore|so|as a result|consequently|for this reason)\\b.*")
                || sentence.toLowerCase(Locale.ROOT).contains(" therefore ");
        return follows && index > 0 ? sentences.get(index - 1).strip() + " " + sentence : sentence;
    }
}
