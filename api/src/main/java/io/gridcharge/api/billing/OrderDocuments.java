package io.gridcharge.api.billing;

import io.gridcharge.domain.billing.Money;
import io.gridcharge.domain.billing.Order;
import io.gridcharge.domain.billing.OrderStatus;
import io.gridcharge.domain.billing.PriceComponent;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Orders as documents: the invoice (a receipt when paid from a wallet) as PDF with Apache PDFBox, and exports
 * as CSV (RFC 4180) and XLSX with fastexcel. PDFBox is the Apache PDF library, text-based and parseable back
 * (the end-to-end test reads the invoice's numbers out of it); fastexcel writes XLSX in a streaming way
 * without Apache POI's 20 MB of dependencies.
 */
final class OrderDocuments {
    static final List<String> COLUMNS = List.of("orderId", "transactionId", "operatorId", "siteId", "stationId",
            "idToken", "walletId", "status", "currency", "energyWh", "energy", "service", "time", "idle", "session",
            "adjustment", "total", "startedAt", "stoppedAt", "taxRatePercent", "tax", "gross");

    private static final int LINES_PER_PAGE = 44;

    private OrderDocuments() {
    }

    static byte[] invoicePdf(Order order) {
        List<String> lines = new ArrayList<>();
        lines.add((order.status() == OrderStatus.SETTLED ? "Receipt" : "Invoice") + " for order " + order.id());
        lines.add("");
        lines.add("Transaction: " + order.transactionId());
        lines.add("Operator: " + orNone(order.operatorId()) + "   Site: " + orNone(order.siteId()));
        lines.add("Station: " + order.stationId() + "   Id token: " + orNone(order.idToken()));
        lines.add("Started: " + order.startedAt() + "   Stopped: " + order.stoppedAt());
        lines.add("Energy: " + kwh(order.energyWh()) + " kWh");
        lines.add("");
        if (order.total() == null) {
            lines.add("Not priced: " + order.note());
        } else {
            for (PriceComponent component : PriceComponent.values()) {
                lines.add(label(component) + ": " + order.breakdown().get(component));
            }
            lines.add("Total: " + order.total());
            lines.add("Tax (" + order.tax().ratePercent().toPlainString() + " %): " + order.tax().amount());
            lines.add("Gross: " + order.gross());
            lines.add("");
            lines.add(order.status() == OrderStatus.SETTLED ? "Paid from wallet " + order.walletId()
                    : "Amount due: " + order.gross());
        }
        return pdf(lines);
    }

    /** Lines of text as a PDF in a standard font, a new A4 page every {@value #LINES_PER_PAGE} lines. */
    static byte[] pdf(List<String> lines) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            for (int first = 0; first == 0 || first < lines.size(); first += LINES_PER_PAGE) {
                PDPage page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                try (PDPageContentStream text = new PDPageContentStream(document, page)) {
                    text.beginText();
                    text.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD), 16);
                    text.newLineAtOffset(56, 780);
                    text.showText("GridCharge");
                    text.setFont(font, 11);
                    text.setLeading(16);
                    text.newLine();
                    text.newLine();
                    for (String line : lines.subList(first, Math.min(lines.size(), first + LINES_PER_PAGE))) {
                        text.showText(printable(line));
                        text.newLine();
                    }
                    text.endText();
                }
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] csv(List<Order> orders) {
        StringBuilder csv = new StringBuilder(String.join(",", COLUMNS)).append("\r\n");
        for (Order order : orders) {
            csv.append(String.join(",", row(order).stream().map(OrderDocuments::csvField).toList())).append("\r\n");
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    static byte[] xlsx(List<Order> orders) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Workbook workbook = new Workbook(out, "GridCharge", "1.0");
            Worksheet sheet = workbook.newWorksheet("Orders");
            for (int c = 0; c < COLUMNS.size(); c++) {
                sheet.value(0, c, COLUMNS.get(c));
            }
            for (int r = 0; r < orders.size(); r++) {
                List<String> row = row(orders.get(r));
                for (int c = 0; c < row.size(); c++) {
                    String value = row.get(c);
                    if (value == null) {
                        continue;
                    }
                    if (isNumberColumn(c)) {
                        sheet.value(r + 1, c, new BigDecimal(value));
                    } else {
                        sheet.value(r + 1, c, value);
                    }
                }
            }
            workbook.finish();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isNumberColumn(int column) {
        String name = COLUMNS.get(column);
        return !List.of("operatorId", "siteId", "stationId", "idToken", "status", "currency", "startedAt", "stoppedAt")
                .contains(name);
    }

    private static List<String> row(Order o) {
        List<String> row = new ArrayList<>(List.of(Long.toString(o.id()), Long.toString(o.transactionId())));
        row.add(orNull(o.operatorId()));
        row.add(orNull(o.siteId()));
        row.add(o.stationId().value());
        row.add(orNull(o.idToken()));
        row.add(orNull(o.walletId()));
        row.add(OrderView.STATUS.name(o.status()));
        row.add(o.currency() == null ? null : o.currency().getCurrencyCode());
        row.add(Long.toString(o.energyWh()));
        for (PriceComponent component : PriceComponent.values()) {
            Money amount = o.breakdown().get(component);
            row.add(amount == null ? null : amount.plain());
        }
        row.add(o.total() == null ? null : o.total().plain());
        row.add(o.startedAt().toString());
        row.add(o.stoppedAt().toString());
        row.add(o.tax() == null ? null : o.tax().ratePercent().toPlainString());
        row.add(o.tax() == null ? null : o.tax().amount().plain());
        row.add(o.gross() == null ? null : o.gross().plain());
        return row;
    }

    /**
     * RFC 4180 quoting; a text cell a spreadsheet would take for a formula (=, +, -, @) is prefixed with an
     * apostrophe, so an id token cannot smuggle a formula into finance's spreadsheet (OWASP CSV injection).
     */
    static String csvField(String value) {
        if (value == null) {
            return "";
        }
        String text = value;
        if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0 && !text.matches("-?\\d+(\\.\\d+)?")) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }

    static String label(PriceComponent component) {
        String name = component.name().toLowerCase();
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    static String kwh(long wh) {
        return BigDecimal.valueOf(wh, 3).toPlainString();
    }

    /** The standard fonts carry WinAnsi only: anything else in a name becomes '?'. */
    private static String printable(String line) {
        StringBuilder out = new StringBuilder();
        for (char c : line.toCharArray()) {
            out.append(c >= 0x20 && c < 0x7f ? c : '?');
        }
        return out.toString();
    }

    private static String orNone(Object value) {
        return value == null ? "-" : value.toString();
    }

    private static String orNull(Object value) {
        return value == null ? null : value.toString();
    }
}
