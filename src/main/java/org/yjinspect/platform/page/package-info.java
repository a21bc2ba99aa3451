/**
 * The browser application's frame, shared by every feature's pages: the JTE renderer, the page
 * layout and its navigation, the error pages, and GOV.UK Frontend's styles and scripts (without
 * GOV.UK's typeface, crown or logo). Each feature's own pages live in its {@code page} package.
 */
package org.yjinspect.platform.page;
