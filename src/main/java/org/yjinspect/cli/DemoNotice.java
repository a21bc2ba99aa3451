package org.yjinspect.cli;

import java.io.PrintWriter;

/** What {@code demo} prints: where to go, and the demonstration's accounts (their passwords on the first run only). */
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
        out.println();
    }
}
