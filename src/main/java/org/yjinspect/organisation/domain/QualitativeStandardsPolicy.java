package org.yjinspect.organisation.domain;

import java.util.List;
import org.yjinspect.framework.domain.Framework;
import org.yjinspect.framework.domain.Standard;

/**
 * Which standards are judged on qualitative evidence, with a rating proposed by the lead
 * inspector: the domain one standards (organisational delivery), and in the 2021 framework also
 * 3.4 (out-of-court disposal policy and provision) and 4.1 (resettlement policy and provision).
 * Read from the catalogue, never listed here.
 */
public final class QualitativeStandardsPolicy {
    public static final String RULE = "Standards judged on qualitative evidence";

    private QualitativeStandardsPolicy() {
    }

    public static List<Standard> standards(Framework framework) {
        return framework.standards().stream().filter(s -> !s.caseBased()).toList();
    }
}
