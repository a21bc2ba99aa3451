package org.yjinspect.cli;

import java.io.PrintWriter;
import org.yjinspect.Application;
import org.yjinspect.organisation.app.SaveNoteCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code yjinspect organisation note}. */
@Command(name = "note", mixinStandardHelpOptions = true, description = "The evidence note for one question of a standard.")
final class OrganisationNoteCommand extends OrganisationWriteCommand {
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
