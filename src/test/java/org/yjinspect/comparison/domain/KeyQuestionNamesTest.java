package org.yjinspect.comparison.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.yjinspect.framework.domain.Framework;
import org.yjinspect.framework.domain.FrameworkVersion;
import org.yjinspect.framework.domain.Standard;
import org.yjinspect.framework.resource.FrameworkCatalogue;

class KeyQuestionNamesTest {
    @Test
    void namesSayTheFocusTheStandardAndItsNumber() {
        Framework v2021 = FrameworkCatalogue.load(FrameworkVersion.V2021);
        Standard planning = v2021.standard("2.2").orElseThrow();
        assertEquals("Keeping the child safe in planning (2.2)", KeyQuestionNames.of(planning, planning.keyQuestions().get(1)));
        Standard outOfCourt = v2021.standard("3.1").orElseThrow();
        assertEquals("Supporting the child's desistance in out-of-court assessment (3.1)",
                KeyQuestionNames.of(outOfCourt, outOfCourt.keyQuestions().get(0)));
        Standard joint = FrameworkCatalogue.load(FrameworkVersion.V2018).standard("3.4").orElseThrow();
        assertEquals("Working with the police to implement the disposal (3.4)",
                KeyQuestionNames.of(joint, joint.keyQuestions().get(1)));
    }
}
