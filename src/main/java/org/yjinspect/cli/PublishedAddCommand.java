package org.yjinspect.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import org.yjinspect.Application;
import org.yjinspect.library.app.AddToLibraryCommand;
import org.yjinspect.library.app.LibraryAddition;
import org.yjinspect.library.domain.LibraryInspection;
import org.yjinspect.platform.problem.Problem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code yjinspect published add FILE... [--replace] --as U}: import reports and keep them in the library. */
@Command(name = "add", mixinStandardHelpOptions = true,
        description = {"Import published reports (text or PDF) and keep their figures in the library, one inspection"
            + " per service and month of publication.",
            "A report already there with the same figures changes nothing; with other figures, what differs is shown"
                + " and nothing changes unless --replace is given. Each file is added or refused on its own; the exit"
                + " code is 2 if any file was refused."})
public final class PublishedAddCommand extends PublishedWriteCommand {
    @Parameters(arity = "1..*", paramLabel = "FILE", description = "report files (text or PDF)")
    List<Path> files;

    @Option(names = "--replace", description = "Put the figures read in place of other figures held for the same"
            + " service and month.")
    boolean replace;

    @Override
    protected int changeLibrary(Application app, PrintWriter out) {
        int refused = 0;
        for (Path file : files) {
            String shown = file.toString().replaceAll("\\p{Cntrl}", "?");
            try {
                LibraryInspection read = app.libraryReports().read(file, shown);
                LibraryAddition addition = app.library().add(new AddToLibraryCommand(read, replace, actor()));
                print(out, shown, addition);
            } catch (Problem problem) {
                refused++;
                spec.commandLine().getErr().println("error: " + problem.getMessage());
            }
        }
        out.flush();
        spec.commandLine().getErr().flush();
        return refused == 0 ? 0 : Main.INPUT_ERROR;
    }

    static void print(PrintWriter out, String file, LibraryAddition addition) {
        LibraryInspection i = addition.inspection();
        out.println(file + ": " + i.service() + ", published " + i.published() + " (library id " + i.id() + "): "
                + addition.outcome().words().replace("with replace", "with --replace"));
        addition.differences().forEach(d -> out.println("  " + d));
    }
}
