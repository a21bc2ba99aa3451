package org.yjinspect.cli;

import java.io.PrintWriter;
import org.yjinspect.Application;
import org.yjinspect.library.domain.LibraryInspection;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code yjinspect published remove ID --as U}: take an inspection out of the library (the library's trail keeps it). */
@Command(name = "remove", mixinStandardHelpOptions = true, description = "Remove an inspection from the library.")
public final class PublishedRemoveCommand extends PublishedWriteCommand {
    @Parameters(index = "0", paramLabel = "ID", description = "the library id (yjinspect published list)")
    long id;

    @Override
    protected int changeLibrary(Application app, PrintWriter out) {
        LibraryInspection removed = app.library().remove(id, actor());
        out.println("removed " + removed.id() + ": " + removed.service() + ", published " + removed.published());
        return 0;
    }
}
