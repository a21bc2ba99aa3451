package org.yjinspect.support.pdf;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Damage done to a valid PDF the way files get damaged: cut short (with or without an end marker
 * stuck back on), objects swapped or duplicated, a stream's bytes (fonts are the largest)
 * corrupted, random bytes flipped, a run of bytes deleted. Each mutation says what it did.
 */
public final class PdfMutations {
    private static final Pattern OBJECT = Pattern.compile("(?s)\\d+ 0 obj\\b.*?endobj");
    private static final Pattern STREAM = Pattern.compile("(?s)stream\\r?\\n(.*?)endstream");

    private PdfMutations() {
    }

    public static byte[] mutate(byte[] pdf, SplittableRandom random, StringBuilder what) {
        return switch (random.nextInt(6)) {
            case 0 -> truncated(pdf, random, false, what);
            case 1 -> truncated(pdf, random, true, what);
            case 2 -> objectsShuffled(pdf, random, what);
            case 3 -> streamCorrupted(pdf, random, what);
            case 4 -> bytesFlipped(pdf, random, what);
            default -> rangeDeleted(pdf, random, what);
        };
    }

    private static byte[] truncated(byte[] pdf, SplittableRandom random, boolean endMarker, StringBuilder what) {
        int at = random.nextInt(1, pdf.length);
        what.append("cut at byte ").append(at).append(endMarker ? " with %%EOF appended" : "");
        byte[] cut = Arrays.copyOf(pdf, at);
        return endMarker ? concat(cut, "\n%%EOF\n".getBytes(StandardCharsets.US_ASCII)) : cut;
    }

    private static byte[] objectsShuffled(byte[] pdf, SplittableRandom random, StringBuilder what) {
        String text = new String(pdf, StandardCharsets.ISO_8859_1);
        List<int[]> objects = spans(OBJECT.matcher(text), 0);
        if (objects.size() < 2) {
            return bytesFlipped(pdf, random, what);
        }
        int[] a = objects.get(random.nextInt(objects.size()));
        int[] b = objects.get(random.nextInt(objects.size()));
        boolean duplicate = random.nextBoolean();
        what.append(duplicate ? "object at " + a[0] + " copied over object at " + b[0]
                : "objects at " + a[0] + " and " + b[0] + " swapped");
        String first = text.substring(a[0], a[1]);
        String second = text.substring(b[0], b[1]);
        String swapped = a[0] < b[0] && a[1] <= b[0]
                ? text.substring(0, a[0]) + (duplicate ? first : second) + text.substring(a[1], b[0]) + first + text.substring(b[1])
                : text.substring(0, b[0]) + first + text.substring(b[1]);
        return swapped.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static byte[] streamCorrupted(byte[] pdf, SplittableRandom random, StringBuilder what) {
        String text = new String(pdf, StandardCharsets.ISO_8859_1);
        List<int[]> streams = spans(STREAM.matcher(text), 1);
        if (streams.isEmpty()) {
            return bytesFlipped(pdf, random, what);
        }
        // The largest streams are the embedded fonts: a wrong font is what the fuzz run must survive.
        streams.sort((x, y) -> Integer.compare(y[1] - y[0], x[1] - x[0]));
        int[] stream = streams.get(random.nextInt(Math.min(3, streams.size())));
        byte[] out = pdf.clone();
        int flips = 1 + random.nextInt(64);
        for (int i = 0; i < flips && stream[1] > stream[0]; i++) {
            out[random.nextInt(stream[0], stream[1])] = (byte) random.nextInt(256);
        }
        what.append(flips).append(" bytes corrupted in the stream at ").append(stream[0]);
        return out;
    }

    private static byte[] bytesFlipped(byte[] pdf, SplittableRandom random, StringBuilder what) {
        byte[] out = pdf.clone();
        int flips = 1 + random.nextInt(200);
        for (int i = 0; i < flips; i++) {
            out[random.nextInt(out.length)] = (byte) random.nextInt(256);
        }
        what.append(flips).append(" random bytes flipped");
        return out;
    }

    private static byte[] rangeDeleted(byte[] pdf, SplittableRandom random, StringBuilder what) {
        int from = random.nextInt(pdf.length);
        int to = Math.min(pdf.length, from + 1 + random.nextInt(4096));
        what.append("bytes ").append(from).append('-').append(to).append(" deleted");
        return concat(Arrays.copyOf(pdf, from), Arrays.copyOfRange(pdf, to, pdf.length));
    }

    private static List<int[]> spans(Matcher matcher, int group) {
        List<int[]> spans = new ArrayList<>();
        while (matcher.find()) {
            spans.add(new int[] {matcher.start(group), matcher.end(group)});
        }
        return spans;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
