package io.gridcharge.sim.report;

import java.util.List;
import java.util.Locale;

/** The summary as a fixed-width table for a console and as CSV. */
public final class SummaryTable {
    private static final String TEXT_ROW = "%-44s %9s %9s %8s %10s %10s %9s %7s %9s %10s %10s %6s %6s%n";

    private SummaryTable() {
    }

    public static String text(List<SummaryRow> rows) {
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT, TEXT_ROW, "", "peak kW", "rating kW",
                "over min", "import kWh", "export kWh", "PV kWh", "PV self", "EV kWh", "asked kWh", "short kWh",
                "visits", "away"));
        for (SummaryRow r : rows) {
            text.append(String.format(Locale.ROOT, TEXT_ROW, r.name(), kw(r.peakKw()), kw(r.limitKw()),
                    r.overloadMinutes(), kw(r.importKwh()), kw(r.exportKwh()), kw(r.pvKwh()),
                    r.pvKwh() > 0 ? String.format(Locale.ROOT, "%.0f%%", r.selfConsumptionPercent()) : "-",
                    kw(r.evKwh()), kw(r.requestedKwh()), kw(r.notDeliveredKwh()), r.visits(), r.turnedAway()));
        }
        return text.append("""

                peak: highest import; over min: minutes above the rating, import or feed-in; PV self: share of the PV output used on \
                site; asked: energy the cars wanted (within their battery); short: what they had not got when they \
                left; away: cars that found every connector taken.
                """).toString();
    }

    public static String csv(List<SummaryRow> rows) {
        StringBuilder csv = new StringBuilder("name,level,peak_kw,rating_kw,overload_minutes,import_kwh,export_kwh,"
                + "pv_kwh,pv_self_consumption_pct,ev_kwh,requested_kwh,not_delivered_kwh,visits,turned_away\n");
        for (SummaryRow r : rows) {
            csv.append(String.format(Locale.ROOT, "\"%s\",%s,%.3f,%.3f,%d,%.3f,%.3f,%.3f,%.1f,%.3f,%.3f,%.3f,%d,%d%n",
                    r.name(), r.level(), r.peakKw(), r.limitKw(), r.overloadMinutes(), r.importKwh(), r.exportKwh(),
                    r.pvKwh(), r.selfConsumptionPercent(), r.evKwh(), r.requestedKwh(), r.notDeliveredKwh(), r.visits(),
                    r.turnedAway()));
        }
        return csv.toString();
    }

    private static String kw(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
