package org.yjinspect.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.yjinspect.Application;
import org.yjinspect.export.file.ExportFile;
import org.yjinspect.export.file.ExportFiles;
import org.yjinspect.export.file.ExportFormat;
import picocli.CommandLine.Option;

/**
 * An export written to {@code --output FILE}. The rows go to a temporary file beside it (readable
 * by its owner only: it holds case data), which is moved into place only once it is complete, so
 * a failure never leaves half a file under the name asked for. An existing file is refused
 * unless {@code --force} is given.
 */
abstract class ExportFileCommand extends InspectionReadCommand {
    @Option(names = "--format", paramLabel = "csv|xlsx",
            description = "The file format; by default the --output file's extension says it.")
    String format;
    @Option(names = "--output", required = true, paramLabel = "FILE", description = "The file to write.")
    Path output;
    @Option(names = "--force", description = "Replace the --output file if it exists.")
    boolean force;

    /** The export to write, refused (as a Problem) before anything is written. */
    abstract ExportFile file(ExportFiles files, ExportFormat format);

    @Override
    protected int run(Application app, PrintWriter out) {
        ExportFormat chosen = format();
        refuseToOverwrite();
        ExportFile file = file(new ExportFiles(app.exports(),
                new org.yjinspect.export.file.SecondReadingFile(app.secondReadingExport())), chosen);
        Path folder = output.toAbsolutePath().getParent();
        Path partial = null;
        try {
            partial = Files.createTempFile(folder, "." + output.getFileName() + ".", ".part");
            try (OutputStream stream = Files.newOutputStream(partial)) {
                file.writeTo(stream);
            }
            move(partial);
            partial = null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deleteQuietly(partial);
        }
        out.println("wrote " + shown(output) + " (" + file.fileName().replaceAll(".*\\.", "")
                + ", " + size() + " bytes)");
        return 0;
    }

    private ExportFormat format() {
        if (format != null) {
            return ExportFormat.named(format);
        }
        String name = output.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        if (name.endsWith(".csv") || name.endsWith(".xlsx")) {
            return ExportFormat.named(name.substring(name.lastIndexOf('.') + 1));
        }
        throw new InputError("--format csv or --format xlsx is needed: the --output file "
                + shown(output) + " does not end in .csv or .xlsx");
    }

    private void refuseToOverwrite() {
        if (!force && Files.exists(output)) {
            throw new InputError(shown(output) + " already exists; name another --output file,"
                    + " or add --force to replace it");
        }
        if (Files.isDirectory(output)) {
            throw new InputError(shown(output) + " is a folder; --output names the file to write");
        }
    }

    private void move(Path partial) throws IOException {
        try {
            if (force) {
                Files.move(partial, output, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } else {
                Files.move(partial, output);
            }
        } catch (FileAlreadyExistsException appeared) {
            throw new InputError(shown(output) + " appeared while the export was written; nothing"
                    + " was replaced. Name another --output file, or add --force to replace it");
        }
    }

    private long size() {
        try {
            return Files.size(output);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The file as given, in full (a cut name is no use in "already exists"): every argument was
     * checked for invisible and direction characters before parsing, so only a line break or
     * tab is left to show as "?".
     */
    private static String shown(Path path) {
        return path.toString().replaceAll("\\p{Cntrl}", "?");
    }

    private static void deleteQuietly(Path partial) {
        if (partial == null) {
            return;
        }
        try {
            Files.deleteIfExists(partial);
        } catch (IOException ignored) {
            // Nothing more can be done: the name asked for was never written, which is what matters.
        }
    }
}
