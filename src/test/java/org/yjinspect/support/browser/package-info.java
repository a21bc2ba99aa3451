/**
 * Browser tests' support: Debian's Chromium through Playwright ({@link BrowserSession}), the
 * condition that skips or requires them ({@link NeedsBrowser}), axe-core ({@link Axe}), and the
 * fixture every browser test class starts from ({@link BrowserFixture}: the application, its
 * pages on a free port, the browser, signing in through the form, screenshots).
 * Page objects live beside the tests of each feature's pages.
 */
package org.yjinspect.support.browser;
