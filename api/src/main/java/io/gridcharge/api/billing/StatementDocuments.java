package io.gridcharge.api.billing;

import io.gridcharge.domain.billing.AccountStatement;
import io.gridcharge.domain.billing.Money;
import io.gridcharge.domain.billing.Order;
import io.gridcharge.domain.billing.PriceComponent;
import io.gridcharge.domain.wallet.Movement;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A month's account statement as PDF and as CSV (issue 7): the month's orders each with net, tax and gross, the
 * totals per component, the payments received, and the balance due. Both carry the same numbers as the JSON.
 */
final class StatementDocuments {
    static final List<String> CSV_COLUMNS = List.of("line", "date", "orderId", "stationId", "idToken", "energyWh",
            "net", "taxRatePercent", "tax", "gross", "currency");

    private StatementDocuments() {
    }

    static byte[] pdf(AccountStatement s) {
        List<String> lines = new ArrayList<>();
        lines.add("Statement " + s.month() + " of account " + s.wallet().id() + " (" + s.wallet().holder() + ")");
        lines.add(s.wallet().isPostpaid() ? "Post-paid account, credit limit " + s.wallet().credit()
                : "Prepaid wallet");
        lines.add("Period: " + s.from() + " to " + s.to());
        lines.add("");
        lines.add("Opening balance: " + s.opening());
        lines.add("");
        lines.add("Orders: " + s.orders().size());
        for (Order o : s.orders()) {
            lines.add("  Order " + o.id() + "  " + o.stoppedAt() + "  " + o.stationId() + "  "
                    + OrderDocuments.kwh(o.energyWh()) + " kWh  "
                    + (o.total() == null ? "not priced" : "net " + o.total().plain() + "  tax "
                    + o.tax().amount().plain() + "  gross " + o.gross().plain()));
        }
        lines.add("");
        for (Map.Entry<PriceComponent, Money> total : s.totalsPerComponent().entrySet()) {
            lines.add(OrderDocuments.label(total.getKey()) + ": " + total.getValue());
        }
        lines.add("Net: " + s.net());
        lines.add("Tax: " + s.tax());
        lines.add("Gross: " + s.gross());
        lines.add("");
        lines.add("Payments received: " + s.paymentsTotal());
        for (Movement payment : s.payments()) {
            lines.add("  " + payment.at() + "  " + payment.amount() + "  " + payment.reason());
        }
        lines.add("");
        lines.add("Closing balance: " + s.closing());
        lines.add("Balance due: " + s.balanceDue());
        return OrderDocuments.pdf(lines);
    }

    static byte[] csv(AccountStatement s) {
        String currency = s.wallet().currency().getCurrencyCode();
        List<List<String>> rows = new ArrayList<>();
        rows.add(CSV_COLUMNS);
        rows.add(summary("opening", s.from().toString(), s.opening(), currency));
        for (Order o : s.orders()) {
            rows.add(List.of("order", o.stoppedAt().toString(), Long.toString(o.id()), o.stationId().value(),
                    o.idToken() == null ? "" : o.idToken().value(), Long.toString(o.energyWh()),
                    o.total() == null ? "" : o.total().plain(),
                    o.tax() == null ? "" : o.tax().ratePercent().toPlainString(),
                    o.tax() == null ? "" : o.tax().amount().plain(), o.gross() == null ? "" : o.gross().plain(),
                    o.currency() == null ? "" : o.currency().getCurrencyCode()));
        }
        for (Map.Entry<PriceComponent, Money> total : s.totalsPerComponent().entrySet()) {
            rows.add(summary(TariffRoutes.COMPONENT.name(total.getKey()), "", total.getValue(), currency));
        }
        rows.add(List.of("total", "", "", "", "", "", s.net().plain(), "", s.tax().plain(), s.gross().plain(),
                currency));
        for (Movement payment : s.payments()) {
            rows.add(summary("payment", payment.at().toString(), payment.amount(), currency));
        }
        rows.add(summary("closing", s.to().toString(), s.closing(), currency));
        rows.add(summary("balanceDue", s.to().toString(), s.balanceDue(), currency));
        StringBuilder csv = new StringBuilder();
        for (List<String> row : rows) {
            csv.append(String.join(",", row.stream().map(OrderDocuments::csvField).toList())).append("\r\n");
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** A line with one amount, in the gross column. */
    private static List<String> summary(String line, String date, Money amount, String currency) {
        return List.of(line, date, "", "", "", "", "", "", "", amount.plain(), currency);
    }
}
