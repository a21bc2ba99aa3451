package org.yjinspect.support.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Debian's Chromium driven by Playwright, headless, for one test class. Each {@link #newPage}
 * is a fresh browser context (its own cookies), at the size asked for, with or without
 * JavaScript. Screenshots go to target/screenshots.
 */
public final class BrowserSession implements AutoCloseable {
    /** The two widths every page must work at. */
    public static final int DESKTOP_WIDTH = 1366;
    public static final int TABLET_WIDTH = 768;
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private final Playwright playwright;
    private final Browser browser;

    public BrowserSession() {
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Chromium.locate().orElseThrow()).setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync",
                        "--no-first-run", "--disable-quic")));
    }

    /** A page in a fresh context of its own: {@code width} × 768, JavaScript on or off. */
    public Page newPage(int width, boolean javaScript) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(width, 768)
                .setJavaScriptEnabled(javaScript));
        // A page that never answers fails the test within seconds instead of hanging the build.
        context.setDefaultTimeout(10_000);
        return context.newPage();
    }

    /** Saves the whole page as target/screenshots/NAME.png. */
    public static Path screenshot(Page page, String name) {
        Path file = file(name);
        page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
        return file;
    }

    /** Saves what the screen shows now (not the whole page) as target/screenshots/NAME.png. */
    public static Path screenshotOfScreen(Page page, String name) {
        Path file = file(name);
        page.screenshot(new Page.ScreenshotOptions().setPath(file));
        return file;
    }

    private static Path file(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return SCREENSHOTS.resolve(name + ".png");
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
