/**
 * Test support for reading PDFs: {@link org.yjinspect.support.pdf.SeedTypesetter} typesets a seed
 * report's lines and tables into PDFs in several layouts, {@link org.yjinspect.support.pdf.Pdftotext}
 * runs poppler's pdftotext on them, {@link org.yjinspect.support.pdf.DamagedPdfs} makes the broken
 * files a reader meets (encrypted, image-only, truncated, mangled).
 */
package org.yjinspect.support.pdf;
