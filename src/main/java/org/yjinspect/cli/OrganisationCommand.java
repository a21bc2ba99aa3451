package org.yjinspect.cli;

import picocli.CommandLine.Command;

/** {@code yjinspect organisation show|note|propose|key-data|survey-add|meeting-add}. */
@Command(name = "organisation", mixinStandardHelpOptions = true,
        description = "Organisational delivery and the other qualitative standards: evidence, proposed ratings, key data.",
        subcommands = {OrganisationShowCommand.class, OrganisationNoteCommand.class, OrganisationProposeCommand.class,
            OrganisationKeyDataCommand.class, OrganisationSurveyAddCommand.class, OrganisationMeetingAddCommand.class})
public final class OrganisationCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
