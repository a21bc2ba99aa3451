package org.yjinspect.access.app;

import org.yjinspect.access.domain.Role;
import org.yjinspect.platform.problem.Problem;
import org.yjinspect.records.domain.Actor;

/** Give someone (by username) a role in an inspection. */
public record AddMemberCommand(long inspectionId, String username, Role role, Actor actor) {
    public AddMemberCommand {
        TeamNames.inspection(inspectionId);
        username = TeamNames.username(username);
        Problem.require(role != null, "the role is required: one of " + Role.choices());
        Problem.require(actor != null, "who is adding the member is required");
    }
}
