package org.yjinspect.published.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Running headers, footers and page numbers are dropped; the same words in the body, or on few pages, are kept. */
class PageFurnitureTest {
    private static final float HEIGHT = 842;

    private static PrintedLine line(float y, String... cells) {
        return new PrintedLine(y, 10, List.of(cells));
    }

    private static List<PrintedPage> pages(int count) {
        List<PrintedPage> pages = new ArrayList<>();
        for (int p = 1; p <= count; p++) {
            pages.add(new PrintedPage(HEIGHT, List.of(line(36, "Youth justice inspection: Anytown"),
                    line(200, "Body text of page " + p), line(400, "Youth justice inspection: Anytown"),
                    line(810, "Published January 2024", "Page " + p + " of " + count))));
        }
        return pages;
    }

    private static List<String> texts(List<PrintedPage> pages) {
        return pages.stream().flatMap(p -> p.lines().stream()).map(PrintedLine::text).toList();
    }

    @Test
    void aHeaderAndAFooterAtTheSameHeightOnMostPagesAreDropped() {
        List<String> kept = texts(PageFurniture.dropped(pages(5)));

        assertThat(kept).filteredOn(t -> t.startsWith("Published")).isEmpty();
        assertThat(kept).filteredOn(t -> t.startsWith("Body text")).hasSize(5);
        assertThat(kept).as("the same words in the body of the page").filteredOn("Youth justice inspection: Anytown"::equals)
                .hasSize(5);
    }

    @Test
    void aBarePageNumberAtTheFootIsDroppedEvenOnOnePage() {
        PrintedPage page = new PrintedPage(HEIGHT, List.of(line(200, "Ratings"), line(500, "12"), line(815, "12")));

        assertThat(texts(PageFurniture.dropped(List.of(page)))).containsExactly("Ratings", "12");
    }

    @Test
    void aLineAtTheHeadOfOnlyTwoPagesIsKept() {
        List<PrintedPage> pages = new ArrayList<>(pages(2));

        assertThat(texts(PageFurniture.dropped(pages))).filteredOn(t -> t.startsWith("Youth justice")).hasSize(4);
    }
}
