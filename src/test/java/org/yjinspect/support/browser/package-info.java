/**
 * Browser tests' support: Debian's Chromium through Playwright ({@link BrowserSession}), the
 * condition that skips or requires them ({@link NeedsBrowser}), and axe-core ({@link Axe}).
 * Page objects live beside the tests of each feature's pages.
 */
package org.yjinspect.support.browser;
