package org.yjinspect.published.parse;

import java.util.regex.Pattern;

/** Strips the markup PDF-to-text converters leave inside a line, keeping the words. */
final class InlineMarkup {
    private static final Pattern SUP_GLITCH = Pattern.compile("<sup>&</sup>lt;sup>[^<]{0,12}</sup>");
    private static final Pattern SUP = Pattern.compile("(?i)<sup>[^<]{0,12}</sup>|&lt;sup&gt;[^&]{0,12}&lt;/sup&gt;");
    private static final Pattern TAG = Pattern.compile("</?[A-Za-z][A-Za-z0-9]*(?:\\s[^<>]*)?/?>");
    private static final Pattern LATEX_MATH = Pattern.compile("\\$[^$\\n]{0,120}\\$");
    private static final Pattern LATEX_COMMAND = Pattern.compile("\\\\[A-Za-z]+(?:\\{[^{}]*\\})*");
    private static final Pattern HEADING = Pattern.compile("^\\s*#{1,6}\\s*");
    private static final Pattern LINK = Pattern.compile("\\[([^\\]]*)\\]\\([^)]*\\)");
    private static final Pattern ITALIC = Pattern.compile("(?<![\\w*])\\*(?!\\s)([^*\\n]+?)(?<!\\s)\\*(?![\\w*])");
    private static final Pattern BULLET = Pattern.compile("^\\s*(?:[*\\u2022\\u27A4\\u25AA\\u25E6\\u25CF\\u2023\\u2043]|&gt;)\\s+");
    private static final Pattern QUOTE_BAR = Pattern.compile("^\\s*\\|\\s*");

    private InlineMarkup() {
    }

    static String strip(String raw) {
        String s = raw.replace("\uFEFF", "");
        if (s.indexOf('\u200B') >= 0 || s.indexOf('\u200C') >= 0 || s.indexOf('\u200D') >= 0 || s.indexOf('\u00AD') >= 0) {
            s = s.replaceAll("[\\u200B-\\u200D\\u00AD]", "");
        }
        if (s.indexOf('<') >= 0) {
            s = SUP_GLITCH.matcher(s).replaceAll("");
            s = SUP.matcher(s).replaceAll("");
            s = TAG.matcher(s).replaceAll("");
        }
        s = entities(s);
        if (s.indexOf('$') >= 0) {
            s = LATEX_MATH.matcher(s).replaceAll("");
        }
        if (s.indexOf('\\') >= 0) {
            s = LATEX_COMMAND.matcher(s).replaceAll("");
        }
        String start = s.stripLeading();
        if (start.startsWith("#")) {
            s = HEADING.matcher(s).replaceFirst("");
        }
        if (!start.isEmpty() && "*\u2022\u27A4\u25AA\u25E6\u25CF\u2023\u2043&".indexOf(start.charAt(0)) >= 0) {
            s = BULLET.matcher(s).replaceFirst("- ");
        }
        if (start.startsWith("|")) {
            s = QUOTE_BAR.matcher(s).replaceFirst("");
        }
        if (s.indexOf('*') >= 0 || s.indexOf('_') >= 0) {
            s = s.replace("**", "").replace("__", "");
            s = ITALIC.matcher(s).replaceAll("$1");
        }
        if (s.indexOf("](") >= 0) {
            s = LINK.matcher(s).replaceAll("$1");
        }
        return needsSymbols(s) ? symbols(s) : s;
    }

    private static boolean needsSymbols(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c > 126 || c == '`' || c < 32 && c != '\t') {
                return true;
            }
        }
        return false;
    }

    private static String entities(String s) {
        if (s.indexOf('&') < 0) {
            return s;
        }
        return s.replace("&nbsp;", " ").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&#39;", "'").replace("&apos;", "'").replace("&amp;", "&");
    }

    /**
     * Quotes and hyphens made plain (other converters print "out\u2011of\u2011court" with non-breaking
     * hyphens, or an acute accent for an apostrophe); footnote superscripts, glyphs and
     * private-use characters dropped.
     */
    private static String symbols(String s) {
        StringBuilder out = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> {
            switch (cp) {
                case 0x2018, 0x2019, 0x201B, 0x2032, 0x0060, 0x00B4, 0x02BC -> out.append('\'');
                case 0x2010, 0x2011, 0x2012, 0x2212, 0xFE63, 0xFF0D -> out.append('-');
                case 0x201C, 0x201D, 0x201E, 0x2033 -> out.append('"');
                case 0x00B9, 0x00B2, 0x00B3 -> { }
                default -> {
                    if (keep(cp)) {
                        out.appendCodePoint(cp);
                    }
                }
            }
        });
        return out.toString();
    }

    private static boolean keep(int cp) {
        if (cp >= 0x2070 && cp <= 0x209F) {
            return false;
        }
        int type = Character.getType(cp);
        if (type == Character.OTHER_SYMBOL && cp != 0x00A9 || type == Character.PRIVATE_USE
                || type == Character.UNASSIGNED || type == Character.CONTROL && cp != '\t') {
            return false;
        }
        return !(type == Character.MATH_SYMBOL && cp > 0x7F && cp != 0x00B1 && cp != 0x00D7 && cp != 0x00F7);
    }
}
