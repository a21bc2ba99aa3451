/**
 * The whole inspection in real Chromium, as its lead inspector, an inspector and a panel member
 * do it in the browser: from signing in and creating the inspection to the published, locked
 * pages. The page objects here use the pages by their labels, roles and words.
 */
package org.yjinspect.journey;
