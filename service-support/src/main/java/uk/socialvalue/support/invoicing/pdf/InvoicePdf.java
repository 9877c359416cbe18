package uk.socialvalue.support.invoicing.pdf;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

import uk.socialvalue.support.invoicing.InvoiceLine;
import uk.socialvalue.support.invoicing.InvoiceSheet;
import uk.socialvalue.support.invoicing.VatAmounts;

/** An invoice or credit note as one A4 page, drawn with OpenPDF in the standard Helvetica. */
public final class InvoicePdf {

    private static final Color SVUK_GREEN = new Color(0x00, 0x59, 0x4f);
    private static final Font TITLE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 22, SVUK_GREEN);
    private static final Font BOLD = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 10, Color.BLACK);
    private static final Font PLAIN = FontFactory.getFont(FontFactory.HELVETICA, 10, Color.BLACK);

    private InvoicePdf() {
    }

    public static byte[] draw(InvoiceSheet sheet) {
        var out = new ByteArrayOutputStream();
        var document = new Document(PageSize.A4, 56, 56, 56, 56);
        PdfWriter.getInstance(document, out);
        document.addTitle(sheet.heading() + " " + sheet.number());
        document.addAuthor(InvoiceSheet.SELLER);
        document.open();
        document.add(new Paragraph(InvoiceSheet.SELLER, BOLD));
        document.add(new Paragraph("VAT registration number " + sheet.vatNumber(), PLAIN));
        Paragraph title = new Paragraph(sheet.heading(), TITLE);
        title.setSpacingBefore(18);
        document.add(title);

        PdfPTable facts = new PdfPTable(new float[] {1, 2});
        facts.setWidthPercentage(100);
        facts.setSpacingBefore(12);
        for (InvoiceSheet.Fact fact : sheet.facts()) {
            fact(facts, fact.label(), fact.value());
        }
        document.add(facts);

        PdfPTable lines = new PdfPTable(new float[] {6, 1, 2, 2});
        lines.setWidthPercentage(100);
        lines.setSpacingBefore(18);
        for (String heading : new String[] {"Description", "Quantity", "Unit price", "Net"}) {
            PdfPCell cell = new PdfPCell(new Phrase(heading, BOLD));
            cell.setBackgroundColor(new Color(0xe6, 0xf0, 0xee));
            lines.addCell(cell);
        }
        for (InvoiceLine line : sheet.lines()) {
            lines.addCell(new Phrase(line.description(), PLAIN));
            lines.addCell(right(Integer.toString(line.quantity()), PLAIN));
            lines.addCell(right(pounds(line.unitNet()), PLAIN));
            lines.addCell(right(pounds(line.net()), PLAIN));
        }
        total(lines, "Net", sheet.amounts().net(), PLAIN);
        total(lines, "VAT at " + VatAmounts.STANDARD_RATE_PERCENT + "%", sheet.amounts().vat(), PLAIN);
        total(lines, sheet.totalLabel(), sheet.amounts().gross(), BOLD);
        document.add(lines);

        Paragraph terms = new Paragraph(sheet.terms(), PLAIN);
        terms.setSpacingBefore(18);
        document.add(terms);
        document.close();
        return out.toByteArray();
    }

    private static void fact(PdfPTable table, String name, String value) {
        PdfPCell label = new PdfPCell(new Phrase(name, BOLD));
        label.setBorder(PdfPCell.NO_BORDER);
        PdfPCell cell = new PdfPCell(new Phrase(value, PLAIN));
        cell.setBorder(PdfPCell.NO_BORDER);
        table.addCell(label);
        table.addCell(cell);
    }

    private static void total(PdfPTable table, String name, BigDecimal amount, Font font) {
        PdfPCell label = new PdfPCell(new Phrase(name, font));
        label.setColspan(3);
        label.setHorizontalAlignment(Element.ALIGN_RIGHT);
        table.addCell(label);
        table.addCell(right(pounds(amount), font));
    }

    private static PdfPCell right(String text, Font font) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
        return cell;
    }

    private static String pounds(BigDecimal amount) {
        return (amount.signum() < 0 ? "-" : "") + VatAmounts.CURRENCY + " " + amount.abs().setScale(2).toPlainString();
    }
}
