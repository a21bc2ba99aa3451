package org.yjinspect.comparison.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;
import org.yjinspect.comparison.domain.Correspondence;
import org.yjinspect.comparison.domain.VersionMapping;
import org.yjinspect.framework.domain.Framework;
import org.yjinspect.framework.domain.FrameworkVersion;
import org.yjinspect.framework.domain.KeyQuestion;
import org.yjinspect.framework.domain.Standard;
import org.yjinspect.framework.resource.FrameworkCatalogue;

class MappingFileTest {
    private final MappingFile file = new MappingFile(FrameworkCatalogue::load);

    @Test
    void everyIdInTheMappingIsInItsCatalogueAndEveryOneOfTheCataloguesIsMapped() {
        VersionMapping mapping = file.load();
        for (FrameworkVersion version : FrameworkVersion.values()) {
            Framework framework = FrameworkCatalogue.load(version);
            for (Correspondence line : mapping.standards()) {
                line.in(version).ifPresent(n -> assertTrue(framework.standard(n).isPresent(), version + " " + n));
            }
            for (Correspondence line : mapping.keyQuestions()) {
                line.in(version).ifPresent(id -> assertTrue(framework.standards().stream()
                        .flatMap(s -> s.keyQuestions().stream()).anyMatch(kq -> kq.id().equals(id)), version + " " + id));
            }
            for (Standard standard : framework.standards()) {
                assertTrue(mapping.standard(version, standard.number()).isPresent(), version + " " + standard.number());
                for (KeyQuestion kq : standard.keyQuestions()) {
                    assertTrue(mapping.keyQuestion(version, kq.id()).isPresent(), version + " " + kq.id());
                }
            }
        }
    }

    @Test
    void jointWorkingAndOutOfCourtPolicyDoNotCorrespondAndResettlementIs2021Only() {
        VersionMapping mapping = file.load();
        Correspondence joint = mapping.standard(FrameworkVersion.V2018, "3.4").orElseThrow();
        assertFalse(joint.corresponds());
        assertEquals("3.4", joint.in2021());
        assertTrue(joint.counterpartIn(FrameworkVersion.V2021).isEmpty());
        Correspondence resettlement = mapping.standard(FrameworkVersion.V2021, "4.1").orElseThrow();
        assertFalse(resettlement.corresponds());
        assertTrue(resettlement.in(FrameworkVersion.V2018).isEmpty());
        assertTrue(mapping.keyQuestion(FrameworkVersion.V2018, "3.4.joint-decisions").orElseThrow().in2021() == null);
        assertEquals("2.2.child-safety", mapping.keyQuestion(FrameworkVersion.V2021, "2.2.child-safety").orElseThrow()
                .counterpartIn(FrameworkVersion.V2018).orElseThrow());
    }

    @Test
    void malformedFilesAreRefusedNamingTheFieldAndValue() throws IOException {
        ObjectNode good = held();
        assertRefused("mapping.json, line 1: not valid JSON", "{\"standards\": [");
        ObjectNode unknownId = good.deepCopy();
        ((ObjectNode) unknownId.withArray("keyQuestions").get(0)).put("v2018", "2.9.desistance");
        assertRefused("mapping.json, keyQuestions[0].v2018: '2.9.desistance' is not a key question of the 2018"
                + " catalogue (framework/2018.json)", unknownId.toString());
        ObjectNode missing = good.deepCopy();
        ArrayNode standards = missing.withArray("standards");
        standards.remove(standards.size() - 1);
        assertRefused("mapping.json, standards: the 2021 standard 4.1 has no line; say whether it corresponds, and why",
                missing.toString());
        ObjectNode twice = good.deepCopy();
        twice.withArray("standards").add(twice.withArray("standards").get(0).deepCopy());
        assertRefused("mapping.json, standards[13].v2018: the 2018 standard 1.1 has a line already; give each one line",
                twice.toString());
        ObjectNode oneSided = good.deepCopy();
        ((ObjectNode) oneSided.withArray("standards").get(13 - 1)).put("corresponds", true);
        assertRefused("mapping.json, standards[12].corresponds: true needs an id in both versions", oneSided.toString());
        ObjectNode noWhy = good.deepCopy();
        ((ObjectNode) noWhy.withArray("standards").get(0)).put("why", " ");
        assertRefused("mapping.json, standards[0].why: must say why, in words", noWhy.toString());
        ObjectNode extra = good.deepCopy();
        ((ObjectNode) extra.withArray("standards").get(0)).put("correspond", true);
        assertRefused("mapping.json, standards[0].correspond: unknown field; the fields are corresponds, v2018, v2021,"
                + " why", extra.toString());
    }

    private void assertRefused(String message, String text) {
        assertEquals(message, assertThrows(MappingFileException.class, () -> file.read("mapping.json", text)).getMessage());
    }

    private static ObjectNode held() throws IOException {
        try (InputStream in = MappingFileTest.class.getResourceAsStream("/" + MappingFile.RESOURCE)) {
            JsonNode node = new ObjectMapper().readTree(in);
            return (ObjectNode) node;
        }
    }
}
