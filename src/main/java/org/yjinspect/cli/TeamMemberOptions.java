package org.yjinspect.cli;

import org.yjinspect.access.app.TeamNames;
import org.yjinspect.access.domain.Role;
import picocli.CommandLine.Option;

/** The --user and --role options of team add and team remove. */
final class TeamMemberOptions {
    @Option(names = "--user", required = true, paramLabel = "USERNAME", description = "The account's username.")
    String user;
    @Option(names = "--role", required = true, paramLabel = "ROLE", description = "LEAD_INSPECTOR, INSPECTOR,"
            + " LOCAL_ASSESSOR, PANEL_MEMBER or SERVICE_VIEWER.")
    String role;

    Role role() {
        return TeamNames.role(role);
    }
}
