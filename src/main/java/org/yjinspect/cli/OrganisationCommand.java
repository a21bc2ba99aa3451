package org.yjinspect.cli;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.yjinspect.Application;
import org.yjinspect.audit.web.RecordJson;
import org.yjinspect.organisation.app.MeetingKinds;
import org.yjinspect.organisation.app.OrganisationView;
import org.yjinspect.organisation.app.ProposeRatingCommand;
import org.yjinspect.organisation.app.RecordRef;
import org.yjinspect.organisation.app.SaveNoteCommand;
import org.yjinspect.organisation.domain.KeyData;
import org.yjinspect.organisation.domain.Meeting;
import org.yjinspect.organisation.domain.SurveyResult;
import org.yjinspect.platform.cli.IsoDate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code yjinspect organisation show|note|propose|key-data|survey-add|meeting-add}. */
@Command(name = "organisation", mixinStandardHelpOptions = true,
        description = "Organisational delivery and the other qualitative standards: evidence, proposed ratings, key data.",
        subcommands = {OrganisationCommand.Show.class, OrganisationCommand.Note.class, OrganisationCommand.Propose.class,
            OrganisationCommand.KeyDataCommand.class, OrganisationCommand.SurveyAdd.class, OrganisationCommand.MeetingAdd.class})
public final class OrganisationCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Options every organisation write shares. */
    abstract static class Write extends RecordCommand {
        @Option(names = "--inspection", required = true, paramLabel = "ID")
        long inspection;
        @Option(names = "--base-revision", defaultValue = "0", paramLabel = "N",
                description = "The revision your change is based on (0 for a new record; see show).")
        int baseRevision;

        RecordRef ref() {
            return new RecordRef(inspection, baseRevision, actor());
        }

        static int print(PrintWriter out, Object saved) {
            out.println(RecordJson.write(saved));
            return 0;
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true, description = "Everything recorded for the qualitative standards.")
    static final class Show extends RecordCommand {
        @Option(names = "--inspection", required = true, paramLabel = "ID")
        long inspection;
        @Option(names = "--json", description = "Print JSON instead of text.")
        boolean json;

        @Override
        protected int change(Application app, PrintWriter out) {
            OrganisationView view = app.organisation().show(inspection);
            if (json) {
                out.println(RecordJson.write(view));
                return 0;
            }
            for (OrganisationView.QualitativeStandard s : view.standards()) {
                out.println("Standard " + s.number() + " " + s.name() + ": proposed "
                        + (s.proposedRating().rating() == null ? "-" : s.proposedRating().rating().label())
                        + " [revision " + s.proposedRating().revision() + "]");
                s.questions().forEach(q -> out.println("  " + q.number() + ". [revision " + q.evidence().revision() + "] "
                        + CaseText.visible(q.evidence().note())));
            }
            out.println("Key data [revision " + view.keyData().revision() + "]: " + view.keyData().data());
            out.println(view.staffSurvey().size() + " staff survey lines, " + view.meetings().size() + " meetings");
            return 0;
        }
    }

    @Command(name = "note", mixinStandardHelpOptions = true, description = "The evidence note for one question of a standard.")
    static final class Note extends Write {
        @Option(names = "--standard", required = true, paramLabel = "N")
        String standard;
        @Option(names = "--question", required = true, paramLabel = "Q", description = "The question's number, from 1.")
        int question;
        @Option(names = "--note", required = true, paramLabel = "TEXT")
        String note;

        @Override
        protected int change(Application app, PrintWriter out) {
            return print(out, app.organisation().saveNote(new SaveNoteCommand(ref(), standard, question, note)));
        }
    }

    @Command(name = "propose", mixinStandardHelpOptions = true, description = "The lead inspector's proposed rating with its rationale.")
    static final class Propose extends Write {
        @Option(names = "--standard", required = true, paramLabel = "N")
        String standard;
        @Option(names = "--rating", required = true, paramLabel = "RATING")
        String rating;
        @Option(names = "--rationale", required = true, paramLabel = "TEXT")
        String rationale;

        @Override
        protected int change(Application app, PrintWriter out) {
            return print(out, app.organisation().propose(new ProposeRatingCommand(ref(), standard, rating, rationale)));
        }
    }

    @Command(name = "key-data", mixinStandardHelpOptions = true, description = "The service's key data (all figures optional).")
    static final class KeyDataCommand extends Write {
        @Option(names = "--budget", paramLabel = "POUNDS")
        BigDecimal budget;
        @Option(names = "--headcount", paramLabel = "N")
        Integer headcount;
        @Option(names = "--vacancy-rate", paramLabel = "PERCENT")
        BigDecimal vacancyRate;
        @Option(names = "--average-caseload", paramLabel = "N")
        BigDecimal averageCaseload;
        @Option(names = "--sickness-days", paramLabel = "DAYS", description = "Days lost to sickness per person.")
        BigDecimal sicknessDays;

        @Override
        protected int change(Application app, PrintWriter out) {
            return print(out, app.organisation().saveKeyData(ref(), new KeyData(budget, headcount, vacancyRate,
                    averageCaseload, sicknessDays)));
        }
    }

    @Command(name = "survey-add", mixinStandardHelpOptions = true, description = "Add a staff survey result.")
    static final class SurveyAdd extends Write {
        @Option(names = "--question", required = true, paramLabel = "TEXT")
        String question;
        @Option(names = "--responses", required = true, paramLabel = "N")
        int responses;
        @Option(names = "--percent-agreeing", required = true, paramLabel = "PERCENT")
        BigDecimal percentAgreeing;

        @Override
        protected int change(Application app, PrintWriter out) {
            return print(out, app.organisation().addSurveyResult(ref(), new SurveyResult(question, responses,
                    percentAgreeing)));
        }
    }

    @Command(name = "meeting-add", mixinStandardHelpOptions = true, description = "Record a meeting or interview held.")
    static final class MeetingAdd extends Write {
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
}
