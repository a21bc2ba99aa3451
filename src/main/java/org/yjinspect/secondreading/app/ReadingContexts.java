package org.yjinspect.secondreading.app;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.yjinspect.access.app.CaseAllocation;
import org.yjinspect.access.app.InspectionTeam;
import org.yjinspect.access.app.Member;
import org.yjinspect.access.domain.Role;
import org.yjinspect.assessment.app.AssessmentService;
import org.yjinspect.framework.domain.Framework;
import org.yjinspect.framework.domain.FrameworkVersion;
import org.yjinspect.inspection.app.InspectionService;
import org.yjinspect.records.app.ConsistentReads;

/** Reads a {@link ReadingContext} across the features it draws on, in one consistent snapshot. */
final class ReadingContexts {
    private final InspectionService inspections;
    private final Function<FrameworkVersion, Framework> frameworks;
    private final AssessmentService assessments;
    private final InspectionTeam team;
    private final SecondReadingRecords records;
    private final ConsistentReads reads;

    ReadingContexts(InspectionService inspections, Function<FrameworkVersion, Framework> frameworks,
                    AssessmentService assessments, InspectionTeam team, SecondReadingRecords records,
                    ConsistentReads reads) {
        this.inspections = inspections;
        this.frameworks = frameworks;
        this.assessments = assessments;
        this.team = team;
        this.records = records;
        this.reads = reads;
    }

    ReadingContext of(long inspectionId) {
        return reads.read(() -> {
            Framework framework = frameworks.apply(inspections.get(inspectionId).frameworkVersion());
            Map<String, String> allocations = new HashMap<>();
            for (CaseAllocation a : team.allocations(inspectionId)) {
                allocations.put(a.caseReference(), a.username());
            }
            Map<String, Set<Role>> members = new HashMap<>();
            for (Member m : team.team(inspectionId)) {
                members.computeIfAbsent(m.username(), u -> EnumSet.noneOf(Role.class)).add(m.role());
            }
            Map<Long, SecondReadingRecords.StoredCase> stored = new HashMap<>();
            records.cases(inspectionId).forEach(s -> stored.put(s.sampleCaseId(), s));
            return new ReadingContext(inspectionId, framework, ReadingContext.byId(assessments.list(inspectionId)),
                    allocations, members, stored);
        });
    }

    SecondReadingRecords records() {
        return records;
    }
}
