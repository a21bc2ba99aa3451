package org.yjinspect.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import org.yjinspect.Application;
import org.yjinspect.organisation.app.MeetingKinds;
import org.yjinspect.organisation.domain.Meeting;
import org.yjinspect.cli.IsoDate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code yjinspect organisation meeting-add}. */
@Command(name = "meeting-add", mixinStandardHelpOptions = true, description = "Record a meeting or interview held.")
final class OrganisationMeetingAddCommand extends OrganisationWriteCommand {
    @Option(names = "--date", required = true, paramLabel = "DATE", converter = IsoDate.class)
    LocalDate date;
    @Option(names = "--kind", required = true, description = "meeting, interview, focus_group or observation.")
    String kind;
    @Option(names = "--with", required = true, paramLabel = "WHOM", description = "Roles, e.g. \"board members\"; no names of children.")
    String withWhom;
    @Option(names = "--participants", required = true, paramLabel = "N")
    int participants;
    @Option(names = "--standard", paramLabel = "N", description = "The standard it informs (optional).")
    String standard;

    @Override
    protected int change(Application app, PrintWriter out) {
        return print(out, app.organisation().addMeeting(ref(), new Meeting(date, MeetingKinds.parse(kind), withWhom,
                participants, standard)));
    }
}
