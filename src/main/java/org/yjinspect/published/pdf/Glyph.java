package org.yjinspect.published.pdf;

/**
 * One character as printed: where its baseline starts ({@code x}, {@code y} from the top of the
 * page, in points), how wide it is, its font size, and its text (a space, a letter, a ligature).
 */
record Glyph(float x, float y, float width, float size, String text) {
    float end() {
        return x + width;
    }

    boolean space() {
        return text.isBlank();
    }
}
