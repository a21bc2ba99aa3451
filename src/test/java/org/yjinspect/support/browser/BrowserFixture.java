package org.yjinspect.support.browser;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.javalin.Javalin;
import java.lang.reflect.Method;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.yjinspect.Application;
import org.yjinspect.support.TestUsers;

/**
 * What every browser test of a class shares: the application on the class's embedded database,
 * its pages served on a free port, one Chromium for the class, and signing in through the form.
 * Registered on a static field beside {@code @ExtendWith(EmbeddedPostgresExtension.class)}:
 * <pre>
 * &#64;RegisterExtension
 * static final BrowserFixture site = new BrowserFixture();
 * </pre>
 * It starts before the class's own {@code @BeforeAll} methods and stops after its {@code @AfterAll}
 * ones, before the database goes.
 */
public final class BrowserFixture implements BeforeAllCallback, AfterAllCallback {
    private Application app;
    private Javalin web;
    private BrowserSession browser;
    private String base;

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        // The Application is the one EmbeddedPostgresExtension gives the class's @BeforeAll methods too.
        Method resolve = BrowserFixture.class.getDeclaredMethod("application", Application.class);
        app = (Application) context.getExecutableInvoker().invoke(resolve);
        web = app.web().start(0);
        base = "http://localhost:" + web.port();
        browser = new BrowserSession();
    }

    @SuppressWarnings("unused")
    private static Application application(Application app) {
        return app;
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (browser != null) {
            browser.close();
        }
        if (web != null) {
            web.stop();
        }
    }

    public Application app() {
        return app;
    }

    /** Where the pages are served, e.g. http://localhost:40123 (no slash at the end). */
    public String base() {
        return base;
    }

    public BrowserSession browser() {
        return browser;
    }

    /** A page in a fresh browser context (its own cookies): {@code width} × 768, JavaScript on or off. */
    public Page newPage(int width, boolean javaScript) {
        return browser.newPage(width, javaScript);
    }

    /**
     * Opens {@code path}, which signed out shows the sign-in form, and signs in there as
     * {@code username} with {@link TestUsers#PASSWORD}; the page is left where the form leads.
     */
    public Page signIn(Page page, String username, String path) {
        return signInAt(page, base + path, username, TestUsers.PASSWORD);
    }

    /**
     * Opens {@code url} and signs in on the form it shows, as a person would: by its labels and its
     * button; returns once the page the form leads to has loaded (its scripts too), so that a test
     * going on at once (for one, taking the connection down) acts on that page, not on the sign-in.
     */
    public static Page signInAt(Page page, String url, String username, String password) {
        page.navigate(url);
        page.getByLabel("Username").fill(username);
        page.getByLabel("Password").fill(password);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        page.waitForURL(address -> !address.contains("/sign-in"));
        return page;
    }

    /** A fresh page, signed in as {@code username} through the form opened at {@code path}. */
    public Page signedIn(String username, String path, int width, boolean javaScript) {
        return signIn(newPage(width, javaScript), username, path);
    }

    /** The whole page as target/screenshots/NAME.png. */
    public static Path shoot(Page page, String name) {
        return BrowserSession.screenshot(page, name);
    }

    /** What the screen shows now (not the whole page) as target/screenshots/NAME.png, to look at closely. */
    public static Path shootScreen(Page page, String name) {
        return BrowserSession.screenshotOfScreen(page, name);
    }
}
