package org.yjinspect.rating.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.yjinspect.framework.domain.FrameworkVersion;
import org.yjinspect.rating.TestFrameworks;
import org.yjinspect.rating.app.RateInspectionCommand;
import org.yjinspect.rating.domain.Rating;

class RatingInputReaderTest {
    private final RatingInputReader reader = new RatingInputReader(TestFrameworks::of);

    @TempDir
    Path dir;

    @Test
    void readsTheDocumentedFormatAndIgnoresFieldsItDoesNotUse() throws IOException {
        RateInspectionCommand command = reader.read(file("""
                {"service": "Test YJS", "frameworkVersion": "2021", "score": 24, "overallRating": "Good",
                 "published": "2022-02", "cases": {"court": 4, "outOfCourt": 8, "resettlement": null},
                 "standards": [
                   {"number": "1.1", "name": "Governance and leadership", "rating": "Good"},
                   {"number": "2.1", "keyQuestions": [{"yes": 4, "relevant": 4, "text": "..."}, {"percent": 75},
                      {"percent": 50, "yes": 2, "relevant": 4}], "rating": "requires Improvement",
                    "panel": {"rating": "Good", "rationale": "small sample"}}]}
                """));

        assertThat(command.service()).isEqualTo("Test YJS");
        assertThat(command.version()).isEqualTo(FrameworkVersion.V2021);
        assertThat(command.cases().court()).isEqualTo(4);
        assertThat(command.publishedScore()).contains(24);
        assertThat(command.standards()).hasSize(2);
        assertThat(command.standards().get(1).keyQuestions().get(2).yes()).isEqualTo(2);
        assertThat(command.standards().get(1).rating()).contains(Rating.REQUIRES_IMPROVEMENT);
        assertThat(command.standards().get(1).panel().orElseThrow().rationale()).isEqualTo("small sample");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "unknown version | {\"frameworkVersion\": \"2019\", \"standards\": []} | frameworkVersion: unknown framework version '2019'",
        "missing version | {\"standards\": []} | frameworkVersion: missing",
        "unknown standard | {\"frameworkVersion\": \"2021\", \"standards\": [{\"number\": \"2.7\"}]} | standards[0].number: unknown standard '2.7' in the 2021 framework",
        "2021 has no joint working key questions | {\"frameworkVersion\": \"2021\", \"standards\": [{\"number\": \"3.4\", \"keyQuestions\": [{\"percent\": 50}]}]} | standards[0].keyQuestions: standard 3.4 is qualitative",
        "yes above relevant | {\"frameworkVersion\": \"2018\", \"standards\": [{\"number\": \"2.1\", \"keyQuestions\": [{\"yes\": 5, \"relevant\": 4}, {\"percent\": 1}, {\"percent\": 1}]}]} | standards[0].keyQuestions[0].yes: yes 5 is more than relevant 4",
        "percent above 100 | {\"frameworkVersion\": \"2018\", \"standards\": [{\"number\": \"2.1\", \"keyQuestions\": [{\"percent\": 101}, {\"percent\": 1}, {\"percent\": 1}]}]} | standards[0].keyQuestions[0].percent: a percentage must be between 0 and 100, found 101",
        "negative count | {\"frameworkVersion\": \"2018\", \"standards\": [{\"number\": \"2.1\", \"keyQuestions\": [{\"yes\": -1, \"relevant\": 4}, {\"percent\": 1}, {\"percent\": 1}]}]} | standards[0].keyQuestions[0].yes: a number of cases cannot be negative, found -1",
        "wrong number of key questions | {\"frameworkVersion\": \"2018\", \"standards\": [{\"number\": \"2.1\", \"keyQuestions\": [{\"percent\": 50}]}]} | standards[0].keyQuestions: 1 given, but standard 2.1 has 3 key questions",
        "unknown rating | {\"frameworkVersion\": \"2018\", \"standards\": [{\"number\": \"1.1\", \"rating\": \"Excellent\"}]} | standards[0].rating: unknown rating 'Excellent'",
        "panel without rating | {\"frameworkVersion\": \"2018\", \"standards\": [{\"number\": \"2.1\", \"panel\": {\"rationale\": \"x\"}}]} | standards[0].panel.rating: missing",
        "standard twice | {\"frameworkVersion\": \"2018\", \"standards\": [{\"number\": \"1.1\"}, {\"number\": \"1.1\"}]} | standards[1].number: standard 1.1 is given twice",
        "not an object | [1, 2] | expected a JSON object",
        "standards not an array | {\"frameworkVersion\": \"2018\", \"standards\": 3} | standards: expected an array, found 3"})
    void badInputIsRefusedNamingTheFileTheFieldAndTheValue(String name, String json, String expected) throws IOException {
        Path file = file(json);

        assertThatThrownBy(() -> reader.read(file)).isInstanceOf(RatingInputException.class)
                .hasMessageStartingWith(file.toString()).hasMessageContaining(expected);
    }

    @Test
    void malformedJsonIsRefusedWithItsLineAndColumn() throws IOException {
        Path file = file("{\"frameworkVersion\": \"2021\",\n \"standards\": [\n  {\"number\": \"1.1\" \"rating\": \"Good\"}]}");

        assertThatThrownBy(() -> reader.read(file)).isInstanceOf(RatingInputException.class)
                .hasMessageContaining(file + ": line 3, column").hasMessageContaining("malformed JSON")
                .hasMessageContaining("values are separated by commas").hasMessageNotContaining("Unexpected character");
    }

    @Test
    void aMissingFileIsNamed() {
        Path missing = dir.resolve("nowhere.json");

        assertThatThrownBy(() -> reader.read(missing)).hasMessage(missing + ": no such file");
    }

    private Path file(String json) throws IOException {
        Path file = dir.resolve("input.json");
        Files.writeString(file, json);
        return file;
    }
}
