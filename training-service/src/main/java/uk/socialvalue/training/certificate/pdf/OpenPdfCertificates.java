package uk.socialvalue.training.certificate.pdf;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import org.springframework.stereotype.Component;

import uk.socialvalue.training.certificate.Certificate;
import uk.socialvalue.training.certificate.CertificateDocuments;

/**
 * A certificate as one landscape A4 page, drawn with OpenPDF in the standard Helvetica (no font files to
 * ship; it covers the Latin-1 letters of names, and any other letter is left out rather than failing).
 */
@Component
class OpenPdfCertificates implements CertificateDocuments {

    private static final Color SVUK_GREEN = new Color(0x00, 0x59, 0x4f);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    @Override
    public byte[] pdf(Certificate certificate, String verifyUrl) {
        var out = new ByteArrayOutputStream();
        var document = new Document(PageSize.A4.rotate(), 72, 72, 72, 72);
        PdfWriter.getInstance(document, out);
        document.addTitle("Certificate of attendance: " + certificate.courseTitle());
        document.addAuthor("Social Value UK");
        document.open();
        document.add(centred("Social Value UK", font(FontFactory.HELVETICA_BOLD, 16, SVUK_GREEN), 0));
        document.add(centred("Certificate of attendance", font(FontFactory.HELVETICA_BOLD, 32, SVUK_GREEN), 24));
        document.add(centred("This certifies that", font(FontFactory.HELVETICA, 14, Color.DARK_GRAY), 36));
        document.add(centred(certificate.name(), font(FontFactory.HELVETICA_BOLD, 26, Color.BLACK), 12));
        document.add(centred("attended", font(FontFactory.HELVETICA, 14, Color.DARK_GRAY), 12));
        document.add(centred(certificate.courseTitle()
                + (certificate.courseCode() == null ? "" : " (" + certificate.courseCode() + ")"),
                font(FontFactory.HELVETICA_BOLD, 20, Color.BLACK), 12));
        document.add(centred("on " + DAY.format(certificate.date()) + ", earning "
                + certificate.cpdHours().stripTrailingZeros().toPlainString() + " CPD hours",
                font(FontFactory.HELVETICA, 14, Color.DARK_GRAY), 12));
        document.add(centred("Verification code " + certificate.code(), font(FontFactory.HELVETICA_BOLD, 12,
                Color.BLACK), 48));
        document.add(centred("Check it at " + verifyUrl, font(FontFactory.HELVETICA, 10, Color.DARK_GRAY), 4));
        document.close();
        return out.toByteArray();
    }

    private static Paragraph centred(String text, Font font, float spacingBefore) {
        var paragraph = new Paragraph(text, font);
        paragraph.setAlignment(Element.ALIGN_CENTER);
        paragraph.setSpacingBefore(spacingBefore);
        return paragraph;
    }

    private static Font font(String name, float size, Color color) {
        return FontFactory.getFont(name, size, color);
    }
}
