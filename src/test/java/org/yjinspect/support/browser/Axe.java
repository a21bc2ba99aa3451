package org.yjinspect.support.browser;

import com.microsoft.playwright.Page;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * axe-core 4.11 (src/test/resources/axe, MPL-2.0) run in the page: the serious and critical
 * violations of WCAG 2.2 A and AA rules, each with its rule, impact and the elements at fault.
 */
public final class Axe {
    private static final String SCRIPT = read();

    private Axe() {
    }

    /**
     * The page's serious and critical violations, in words; empty when there are none. axe runs
     * in the page, so the page must have JavaScript on (a page without it is checked with it).
     */
    @SuppressWarnings("unchecked")
    public static List<String> seriousViolations(Page page) {
        // Evaluated through the browser's devtools, which the pages' CSP (no inline script) rightly does not allow a tag.
        if (!Boolean.TRUE.equals(page.evaluate("() => typeof window.axe === 'object'"))) {
            page.evaluate("() => { " + SCRIPT + "\n; return true; }");
        }
        Object result = page.evaluate("async () => { const r = await axe.run(document, {runOnly: {type: 'tag',"
                + " values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']}});"
                + " return r.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')"
                + ".map(v => v.id + ' (' + v.impact + '): ' + v.help + ' at ' + v.nodes.map(n => n.target.join(' '))"
                + ".join(', ')); }");
        return new ArrayList<>((List<String>) result);
    }

    private static String read() {
        try (InputStream in = Axe.class.getResourceAsStream("/axe/axe.min.js")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
