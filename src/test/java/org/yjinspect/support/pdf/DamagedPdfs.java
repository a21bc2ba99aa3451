package org.yjinspect.support.pdf;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/** The PDFs an importer meets that are not a readable report: made here, never downloaded. */
public final class DamagedPdfs {
    private DamagedPdfs() {
    }

    /** A well-formed PDF of a page or two of prose that is not an inspection report. */
    public static byte[] notAReport() {
        PageWriter writer = new PageWriter(PageWriter.Furniture.NONE);
        writer.newPage();
        writer.text(56, 100, 14, "Minutes of the youth justice management board");
        writer.text(56, 130, 10, "Members discussed the budget for the coming year and agreed the next meeting date.");
        writer.text(56, 145, 10, "The chair thanked everyone who attended and closed the meeting at half past four.");
        return writer.finish();
    }

    /** The PDF encrypted: with a password needed to open it, or (empty password) locked against copying text. */
    public static byte[] encrypted(byte[] pdf, String userPassword, boolean mayCopyText) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            AccessPermission permission = new AccessPermission();
            permission.setCanExtractContent(mayCopyText);
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", userPassword, permission);
            policy.setEncryptionKeyLength(128);
            document.protect(policy);
            return save(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A scan: pages that are only an image, with no text layer. */
    public static byte[] imageOnly(int pages) {
        try (PDDocument document = new PDDocument()) {
            BufferedImage scan = new BufferedImage(200, 280, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = scan.createGraphics();
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, 200, 280);
            g.setColor(Color.DARK_GRAY);
            for (int y = 20; y < 260; y += 12) {
                g.fillRect(20, y, 160, 4);
            }
            g.dispose();
            PDImageXObject image = LosslessFactory.createFromImage(document, scan);
            for (int p = 0; p < pages; p++) {
                PDPage page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.drawImage(image, 0, 0, PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
                }
            }
            return save(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The first part of the file only, as a download cut short leaves it. */
    public static byte[] truncated(byte[] pdf, double share) {
        return Arrays.copyOf(pdf, (int) (pdf.length * share));
    }

    /** A PDF header, then random bytes, then an end-of-file marker: the shape of a PDF with nothing of one inside. */
    public static byte[] garbageAfterHeader(long seed, int length) {
        byte[] bytes = new byte[length];
        new SplittableRandom(seed).nextBytes(bytes);
        byte[] header = "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);
        byte[] end = "\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(header, 0, bytes, 0, header.length);
        System.arraycopy(end, 0, bytes, length - end.length, end.length);
        return bytes;
    }

    private static byte[] save(PDDocument document) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        document.save(out);
        return out.toByteArray();
    }
}
