package org.yjinspect.comparison.bench;

import io.javalin.Javalin;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CountDownLatch;
import org.yjinspect.Application;
import org.yjinspect.access.domain.Role;
import org.yjinspect.comparison.SyntheticLibrary;
import org.yjinspect.framework.domain.CaseType;
import org.yjinspect.framework.domain.FrameworkVersion;
import org.yjinspect.library.domain.LibraryInspection;
import org.yjinspect.platform.db.DatabaseConfig;
import org.yjinspect.records.domain.Actor;
import org.yjinspect.support.Answering;
import org.yjinspect.support.SampledInspection;
import org.yjinspect.support.TestUsers;

/**
 * Serves the application for bench/comparison-benchmark.sh on a throwaway embedded database: the
 * library holds 200 synthetic published inspections (70 services, each inspected up to three
 * times, a third under the 2018 framework), and a 2021 inspection with a drawn sample whose court
 * cases are answered (half 'Yes', half 'No'). Prints one line "READY port inspectionId token" and
 * serves until killed. Usage: ComparisonBenchServer DATA_DIR [PORT] [SEED].
 */
public final class ComparisonBenchServer {
    private ComparisonBenchServer() {
    }

    public static void main(String[] args) throws Exception {
        Path work = Files.createDirectories(Path.of(args[0]));
        int port = args.length > 1 ? Integer.parseInt(args[1]) : 7398;
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 12;
        Actor setUp = new Actor("benchmark set-up");
        Application app = Application.open(new DatabaseConfig.Embedded(work.resolve("pgdata")));
        int kept = app.library().keepNew(library(seed, 200), setUp);
        SampledInspection inspection = SampledInspection.create(app, "2021", seed, 300, 20, 2);
        TestUsers.join(app, inspection.id(), "bench", Role.LEAD_INSPECTOR);
        int i = 0;
        for (var c : inspection.ofType(CaseType.COURT_DISPOSAL)) {
            Answering.answerAll(app, inspection.id(), c, i++ % 2 == 0 ? "yes" : "no", setUp);
        }
        Javalin web = app.web().start(port);
        System.out.println("library " + kept + " inspections; READY " + web.port() + " " + inspection.id() + " "
                + TestUsers.token(app, "bench"));
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            web.stop();
            app.close();
        }));
        new CountDownLatch(1).await();
    }

    static List<LibraryInspection> library(long seed, int count) {
        SplittableRandom random = new SplittableRandom(seed);
        List<LibraryInspection> drawn = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            FrameworkVersion version = i % 3 == 0 ? FrameworkVersion.V2018 : FrameworkVersion.V2021;
            YearMonth month = (version == FrameworkVersion.V2018 ? YearMonth.of(2018, 7) : YearMonth.of(2021, 8))
                    .plusMonths(i / 70 * 13L + random.nextInt(12));
            drawn.add(SyntheticLibrary.inspection(0, "Synthetic service " + (i % 70), month, version, random));
        }
        return drawn;
    }
}
