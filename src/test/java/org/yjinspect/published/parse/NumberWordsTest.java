package org.yjinspect.published.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NumberWordsTest {
    @Test
    void countsAreReadFromFiguresAndWords() {
        assertThat(NumberWords.parse("eight")).contains(8);
        assertThat(NumberWords.parse("Twenty-five")).contains(25);
        assertThat(NumberWords.parse("ninety nine")).contains(99);
        assertThat(NumberWords.parse("no")).contains(0);
        assertThat(NumberWords.parse("31")).contains(31);
        assertThat(NumberWords.parse("several")).isEmpty();
        assertThat(NumberWords.parse("twenty-eleven")).isEmpty();
    }
}
