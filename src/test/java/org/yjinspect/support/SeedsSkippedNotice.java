package org.yjinspect.support;

import java.io.PrintStream;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;
import org.opentest4j.TestAbortedException;

/**
 * One notice for the whole run, instead of one line per skipped test: how many tests were skipped
 * because the seed reports are missing (or because there is no Chromium for the browser tests),
 * and how to turn them on. Registered through
 * {@code META-INF/services} as a listener on every test plan (which counts) and on the launcher
 * session (which prints once when the session closes, however many plans the runner executes).
 */
public final class SeedsSkippedNotice implements TestExecutionListener, LauncherSessionListener {
    private static final AtomicInteger SKIPPED = new AtomicInteger();
    private static final AtomicInteger BROWSER_SKIPPED = new AtomicInteger();
    private TestPlan plan;

    @Override
    public void testPlanExecutionStarted(TestPlan testPlan) {
        plan = testPlan;
    }

    @Override
    public void executionSkipped(TestIdentifier skipped, String reason) {
        if (reason != null && reason.startsWith(SeedsCondition.SKIPPED)) {
            SKIPPED.addAndGet(testsIn(skipped));
        }
        if (reason != null && reason.startsWith(org.yjinspect.support.browser.BrowserCondition.SKIPPED)) {
            BROWSER_SKIPPED.addAndGet(testsIn(skipped));
        }
    }

    /** A seed helper used by a test that is not marked {@link NeedsSeeds} aborts it instead; count those too. */
    @Override
    public void executionFinished(TestIdentifier finished, TestExecutionResult result) {
        if (result.getStatus() == TestExecutionResult.Status.ABORTED
                && result.getThrowable().filter(TestAbortedException.class::isInstance)
                        .map(Throwable::getMessage).filter(m -> m.startsWith("seed reports not found")).isPresent()) {
            SKIPPED.incrementAndGet();
        }
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        int skipped = SKIPPED.getAndSet(0);
        if (skipped > 0) {
            print(System.out, skipped);
        }
        int browserSkipped = BROWSER_SKIPPED.getAndSet(0);
        if (browserSkipped > 0) {
            System.out.println();
            System.out.println("NOTICE: " + browserSkipped + " browser test" + (browserSkipped == 1 ? " was" : "s were")
                    + " SKIPPED because no Chromium was found; install it (apt-get install chromium) or name it with"
                    + " -D" + org.yjinspect.support.browser.Chromium.PROPERTY + "=PATH. CI requires them (-D"
                    + org.yjinspect.support.browser.Chromium.REQUIRED_PROPERTY + "=true, implied by CI=true).");
            System.out.flush();
        }
    }

    /** A test method counts once, a parameterized one too (its invocations are not known without the seeds). */
    private int testsIn(TestIdentifier skipped) {
        if (isTestMethod(skipped) || plan == null) {
            return 1;
        }
        return (int) plan.getDescendants(skipped).stream().filter(SeedsSkippedNotice::isTestMethod).count();
    }

    private static boolean isTestMethod(TestIdentifier id) {
        return id.getSource().filter(MethodSource.class::isInstance).isPresent();
    }

    static void print(PrintStream out, int skipped) {
        out.println();
        out.println("NOTICE: " + skipped + " test" + (skipped == 1 ? " was" : "s were") + " SKIPPED because they read the"
                + " published seed reports, which were not found " + SeedDirectory.searched() + ".");
        out.println("NOTICE: run them with -D" + SeedDirectory.PROPERTY + "=DIR (the folder of the report texts)."
                + " CI runs with -D" + SeedDirectory.REQUIRED_PROPERTY + "=true (also implied by CI=true), where missing"
                + " seeds fail the build.");
        out.flush();
    }
}
