package uk.socialvalue.training.invoice.pdf;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

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
import org.springframework.stereotype.Component;

import uk.socialvalue.training.invoice.Invoice;
import uk.socialvalue.training.invoice.InvoiceDocuments;

/** An invoice or credit note as one A4 page, drawn with OpenPDF in the standard Helvetica. */
@Component
class OpenPdfInvoices implements InvoiceDocuments {

    private static final Color SVUK_GREEN = new Color(0x00, 0x59, 0x4f);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final Font TITLE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 22, SVUK_GREEN);
    private static final Font BOLD = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 10, Color.BLACK);
    private static final Font PLAIN = FontFactory.getFont(FontFactory.HELVETICA, 10, Color.BLACK);

    @Override
    public byte[] pdf(Invoice invoice) {
        boolean credit = invoice.kind() == Invoice.Kind.CREDIT_NOTE;
        var out = new ByteArrayOutputStream();
        var document = new Document(PageSize.A4, 56, 56, 56, 56);
        PdfWriter.getInstance(document, out);
        document.addTitle((credit ? "Credit note " : "Invoice ") + invoice.number());
        document.addAuthor(Invoice.SELLER);
        document.open();
        document.add(new Paragraph(Invoice.SELLER, BOLD));
        document.add(new Paragraph("VAT registration number " + invoice.vatNumber(), PLAIN));
        Paragraph title = new Paragraph(credit ? "Credit note" : "VAT invoice", TITLE);
        title.setSpacingBefore(18);
        document.add(title);

        PdfPTable facts = new PdfPTable(new float[] {1, 2});
        facts.setWidthPercentage(100);
        facts.setSpacingBefore(12);
        fact(facts, credit ? "Credit note number" : "Invoice number", invoice.number());
        if (invoice.credits() != null) {
            fact(facts, "Credits invoice", invoice.credits());
        }
        fact(facts, "Date of issue (tax point)", DAY.format(invoice.issuedOn()));
        if (invoice.dueOn() != null) {
            fact(facts, "Payment due by", DAY.format(invoice.dueOn()));
        }
        fact(facts, "Bill to", (invoice.organisationName() == null ? "Organisation " + invoice.organisationId()
                : invoice.organisationName()) + "\nFor the attention of " + invoice.contactName() + ", "
                + invoice.contactEmail());
        if (invoice.purchaseOrder() != null) {
            fact(facts, "Purchase order", invoice.purchaseOrder());
        }
        fact(facts, "Booking reference", invoice.bookingId());
        document.add(facts);

        PdfPTable lines = new PdfPTable(new float[] {6, 1, 2, 2});
        lines.setWidthPercentage(100);
        lines.setSpacingBefore(18);
        for (String heading : new String[] {"Description", "Quantity", "Unit price", "Net"}) {
            PdfPCell cell = new PdfPCell(new Phrase(heading, BOLD));
            cell.setBackgroundColor(new Color(0xe6, 0xf0, 0xee));
            lines.addCell(cell);
        }
        for (Invoice.Line line : invoice.lines()) {
            lines.addCell(new Phrase(line.description(), PLAIN));
            lines.addCell(right(Integer.toString(line.quantity()), PLAIN));
            lines.addCell(right(pounds(line.unitNet()), PLAIN));
            lines.addCell(right(pounds(line.net()), PLAIN));
        }
        total(lines, "Net", invoice.net(), PLAIN);
        total(lines, "VAT at " + Invoice.VAT_RATE + "%", invoice.vat(), PLAIN);
        total(lines, credit ? "Total credited" : "Total payable", invoice.gross(), BOLD);
        document.add(lines);

        Paragraph terms = new Paragraph(credit
                ? "This credit note cancels invoice " + invoice.credits() + "; the amount is refunded or set "
                        + "against what your organisation owes."
                : "Please pay within the terms above, quoting the invoice number and your purchase order.", PLAIN);
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
        return (amount.signum() < 0 ? "-" : "") + "GBP " + amount.abs().setScale(2).toPlainString();
    }
}
