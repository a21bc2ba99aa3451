package org.yjinspect.support.pdf;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;

/**
 * One notice for the whole run, not one per test: how many containers or tests were skipped
 * because pdftotext is not installed, and how to run them. Registered through
 * {@code META-INF/services} beside {@code support.SeedsSkippedNotice}.
 */
public final class PdftotextSkippedNotice implements TestExecutionListener, LauncherSessionListener {
    private static final AtomicInteger SKIPPED = new AtomicInteger();

    @Override
    public void executionSkipped(TestIdentifier skipped, String reason) {
        if (reason != null && reason.startsWith(PdftotextCondition.SKIPPED)) {
            SKIPPED.incrementAndGet();
        }
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        int skipped = SKIPPED.getAndSet(0);
        if (skipped > 0) {
            System.out.println();
            System.out.println("NOTICE: " + skipped + " pdftotext test" + (skipped == 1 ? " was" : "s were")
                    + " SKIPPED because pdftotext was not found " + Pdftotext.searched() + "; install it (apt-get"
                    + " install poppler-utils) or name it with -D" + Pdftotext.PROPERTY + "=PATH. CI requires them (-D"
                    + Pdftotext.REQUIRED_PROPERTY + "=true, implied by CI=true).");
            System.out.flush();
        }
    }
}
