package org.yjinspect.access.app;

import org.yjinspect.access.domain.Role;
import org.yjinspect.platform.problem.Problem;
import org.yjinspect.records.domain.Actor;

/** Take one role in an inspection away from someone. */
public record RemoveMemberCommand(long inspectionId, String username, Role role, Actor actor) {
    public RemoveMemberCommand {
        TeamNames.inspection(inspectionId);
        username = TeamNames.username(username);
        Problem.require(role != null, "the role is required: one of " + Role.choices());
        Problem.require(actor != null, "who is removing the member is required");
    }
}
