/**
 * Published reports in the browser: paste a report's text, see what the importer read (ratings
 * page, each standard's key question figures, cases inspected) and the engine's re-rating with
 * every warning. Nothing is stored.
 */
package org.yjinspect.published.page;
