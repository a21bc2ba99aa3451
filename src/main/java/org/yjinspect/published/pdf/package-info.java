/**
 * Reads a published report's PDF (with PDFBox, which the report renderer already brings) into the
 * plain text the readers in {@code published.parse} understand: glyphs with their positions are
 * grouped into lines by baseline, wide gaps become table-cell separators (tabs), and page
 * furniture (running headers and footers repeated at the same height on most pages, bare page
 * numbers at the head or foot of a page) is dropped. A PDF that cannot give a report's text
 * (password-protected, a scan without a text layer, damaged, far too large) is refused with a
 * {@link org.yjinspect.published.pdf.PdfRefusal} saying why and what to do.
 */
package org.yjinspect.published.pdf;
