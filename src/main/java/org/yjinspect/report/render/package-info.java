/**
 * Renders a report: HTML from the JTE templates in src/main/jte/report, the same HTML to a tagged
 * PDF/UA with an embedded font (openhtmltopdf), and the SVG charts both carry.
 */
package org.yjinspect.report.render;
