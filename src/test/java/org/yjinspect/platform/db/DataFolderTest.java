package org.yjinspect.platform.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yjinspect.platform.problem.Problem;

class DataFolderTest {
    @TempDir
    Path temp;

    @Test
    void aNewOrEmptyFolderOrADatabaseFolderIsAccepted() throws Exception {
        Path fresh = temp.resolve("a/b/pgdata");
        DataFolder.prepare(fresh);
        assertThat(fresh).isDirectory();
        Path empty = Files.createDirectory(temp.resolve("empty"));
        assertThat(DataFolder.refusal(empty)).isEmpty();
        Path database = Files.createDirectory(temp.resolve("database"));
        Files.writeString(database.resolve("PG_VERSION"), "18\n");
        Files.createDirectory(database.resolve("base"));
        assertThat(DataFolder.refusal(database)).isEmpty();
    }

    @Test
    void aFileIsRefusedAsAFolder() throws Exception {
        Path file = Files.writeString(temp.resolve("notes.txt"), "x");
        assertThatThrownBy(() -> DataFolder.prepare(file)).isInstanceOf(Problem.class)
                .hasMessageStartingWith("the database folder " + file + " is a file, not a folder; give --data-dir a"
                        + " folder that does not exist yet (it is created), an empty folder");
        assertThatThrownBy(() -> DataFolder.prepare(file.resolve("pgdata")))
                .hasMessageStartingWith("cannot create the database folder " + file.resolve("pgdata") + ": " + file
                        + " is a file");
    }

    @Test
    void aFolderOfOtherFilesIsNeverInitialisedOver() throws Exception {
        Path documents = Files.createDirectory(temp.resolve("documents"));
        Files.writeString(documents.resolve("report.docx"), "x");
        assertThatThrownBy(() -> DataFolder.prepare(documents)).isInstanceOf(Problem.class)
                .hasMessageStartingWith("the folder " + documents + " is not a database folder: it holds other files"
                        + " (such as report.docx) and no PostgreSQL database");
        assertThat(documents.resolve("report.docx")).exists();
        assertThat(Files.list(documents).count()).isEqualTo(1);
    }
}
