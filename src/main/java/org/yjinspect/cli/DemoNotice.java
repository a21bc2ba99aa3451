package org.yjinspect.cli;

import java.io.PrintWriter;
import org.yjinspect.framework.resource.FrameworkCatalogue;
import org.yjinspect.published.app.PublishedInspections;
import org.yjinspect.published.domain.PublishedFigures;
import org.yjinspect.published.page.PublishedRatingsView;

/**
 * What {@code demo} prints: where to go, the demonstration's accounts (their passwords on the
 * first run only), and the published inspections whose figures the project holds.
 */
final class DemoNotice {
    private DemoNotice() {
    }

    static void print(DemoSeed.Outcome outcome, String baseUrl, String database, String dataDir, PrintWriter out) {
        out.println();
        out.println((outcome.reused() ? "Reusing the demonstration inspection " : "Made the demonstration inspection ")
                + outcome.inspectionId() + " (\"" + DemoSeed.SERVICE + "\"; " + database + ").");
        out.println("Sign in at " + baseUrl + "/sign-in with one of these accounts:");
        for (DemoSeed.DemoAccount account : DemoSeed.ACCOUNTS) {
            String password = outcome.passwords().get(account.username());
            out.printf("  %-22s %-16s %s%n", account.role(), account.username(),
                    password == null ? "" : "password: " + password);
        }
        if (outcome.reused()) {
            out.println("The passwords were printed once, when the demonstration was made, and cannot be shown again.");
            out.println("To set a new one (with this demo stopped): yjinspect user reset-password USERNAME --data-dir "
                    + dataDir);
        } else {
            out.println("These passwords are shown only now: note them. Later runs reuse this demonstration; a"
                    + " forgotten password is reset with yjinspect user reset-password USERNAME --data-dir " + dataDir);
        }
        out.println("The caseload is made up: it holds no child's name, and yjinspect never stores one.");
        published(baseUrl, out);
        out.println();
    }

    /** The published inspections held as figures (read from the build, so a broken file stops the demo here, named). */
    private static void published(String baseUrl, PrintWriter out) {
        var held = new PublishedInspections(PublishedInspections.HELD, FrameworkCatalogue::load).all();
        out.println("Also at " + baseUrl + "/published: the figures of " + held.size() + " published inspections"
                + " (ratings, key-question figures and panel decisions from the reports, held by the project; not the"
                + " reports), each beside the rating engine's re-rating:");
        for (var inspection : held) {
            PublishedFigures f = inspection.figures();
            int differences = inspection.reRating().publishedDifferences().size();
            out.printf("  %-44s %-14s %s framework  %2d/%d %-20s %s%n", f.service(),
                    PublishedRatingsView.month(f.published()), f.frameworkVersion().label(), f.score(), f.maxScore(),
                    f.overallRating().label(), differences == 0 ? "re-rated alike" : "re-rating differs in "
                            + differences + (differences == 1 ? " place" : " places"));
        }
    }
}
