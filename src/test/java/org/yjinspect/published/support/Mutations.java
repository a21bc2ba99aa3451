package org.yjinspect.published.support;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;

/** Damage done to a report's text for fuzzing: truncation, shuffled and lost lines, garbage, mangled figures. */
public final class Mutations {
    private static final String[] GARBAGE = {"<sup>", "</b>", "$\\Rightarrow$", "**", "### ", "\t", "\t\t", "%", "?",
        "Score 99/36", "Score 7/0", "2.1 Assessment Good", "2.1\tAssessment\tOutstanding", "9.9 Nothing Good",
        "Of the 0 cases inspected\tRelevant cases\tNumber 'Yes'", "Of the 3 cases inspected:\tNumber 'Yes'",
        "Does it?\t7\t9", "a) Does it?\t150%", "a) Does it?\t-5%", "\t% 'Yes'", "Does x?\t101%", "Ratings",
        "Recommendations", "4.1 Resettlement policy and provision", "3.4 Joint working Inadequate",
        "Overall rating Outstanding", "we have made 99 recommendations", "These consisted of many things.",
        "our ratings panel applied professional discretion and amended the overall rating for nothing to 'Good'.",
        "\u0000", "\uFFFD\uFFFD", "\uD83D\uDE00", "ISBN", "An inspection of youth offending services in", "o", "U",
        "2. 4. Reviewing (court disposals)", "Data from inspected cases:", "the following 99 questions:"};

    private Mutations() {
    }

    /** One random mutation of the text; {@code what} receives a description for failure messages. */
    public static String mutate(String text, SplittableRandom random, StringBuilder what) {
        List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
        int kind = random.nextInt(8);
        switch (kind) {
            case 0 -> {
                int cut = random.nextInt(text.length());
                what.append("truncated at ").append(cut);
                return text.substring(0, cut);
            }
            case 1 -> {
                int from = random.nextInt(text.length());
                what.append("starts at ").append(from);
                return text.substring(from);
            }
            case 2 -> shuffleWindow(lines, random, what);
            case 3 -> lines.removeIf(l -> random.nextInt(10) == 0);
            case 4 -> injectGarbage(lines, random, what);
            case 5 -> {
                what.append("digits changed");
                return mangleDigits(text, random);
            }
            case 6 -> {
                what.append("tabs removed");
                return text.replace('\t', random.nextBoolean() ? ' ' : '\u0000');
            }
            default -> duplicateBlock(lines, random, what);
        }
        if (what.length() == 0) {
            what.append("lines dropped");
        }
        return String.join("\n", lines);
    }

    private static void shuffleWindow(List<String> lines, SplittableRandom random, StringBuilder what) {
        int from = random.nextInt(lines.size());
        int to = Math.min(lines.size(), from + 2 + random.nextInt(60));
        Collections.shuffle(lines.subList(from, to), new java.util.Random(random.nextLong()));
        what.append("lines ").append(from).append('-').append(to).append(" shuffled");
    }

    private static void injectGarbage(List<String> lines, SplittableRandom random, StringBuilder what) {
        int count = 1 + random.nextInt(40);
        for (int i = 0; i < count; i++) {
            String garbage = random.nextInt(4) == 0 ? randomChars(random) : GARBAGE[random.nextInt(GARBAGE.length)];
            lines.add(random.nextInt(lines.size() + 1), garbage);
        }
        what.append(count).append(" garbage lines");
    }

    private static String randomChars(SplittableRandom random) {
        StringBuilder s = new StringBuilder();
        int length = random.nextInt(200);
        for (int i = 0; i < length; i++) {
            s.appendCodePoint(random.nextInt(10) == 0 ? random.nextInt(0x1F600) : 32 + random.nextInt(95));
        }
        return s.toString();
    }

    private static String mangleDigits(String text, SplittableRandom random) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            if (Character.isDigit(chars[i]) && random.nextInt(5) == 0) {
                chars[i] = (char) ('0' + random.nextInt(10));
            }
        }
        return new String(chars);
    }

    private static void duplicateBlock(List<String> lines, SplittableRandom random, StringBuilder what) {
        int from = random.nextInt(lines.size());
        int to = Math.min(lines.size(), from + 1 + random.nextInt(200));
        lines.addAll(random.nextInt(lines.size()), new ArrayList<>(lines.subList(from, to)));
        what.append("lines ").append(from).append('-').append(to).append(" duplicated");
    }
}
