package io.gridcharge.sim.report;

import io.gridcharge.sim.charger.VisitOutcome;
import io.gridcharge.sim.grid.Reading;
import java.time.Duration;
import java.util.List;

/**
 * One line of the summary table: the peak import and the minutes above the rating (either way), energy in and
 * out, how much of the PV output was used on site, and what the cars asked for, got, and did not get before
 * they left.
 */
public record SummaryRow(String name, String level, double peakKw, double limitKw, long overloadMinutes,
                         double importKwh, double exportKwh, double pvKwh, double selfConsumptionPercent,
                         double evKwh, double requestedKwh, double notDeliveredKwh, int visits, int turnedAway) {

    public static SummaryRow of(String name, String level, List<Reading> readings, Duration step,
                                List<VisitOutcome> outcomes) {
        double hours = step.toSeconds() / 3600.0;
        double peak = 0;
        long overload = 0;
        double imported = 0;
        double exported = 0;
        double pv = 0;
        double ev = 0;
        double limit = readings.isEmpty() ? 0 : readings.getFirst().limitW();
        for (Reading r : readings) {
            peak = Math.max(peak, r.importW());
            if (r.overloaded()) {
                overload += step.toMinutes();
            }
            imported += r.importW() * hours;
            exported += r.exportW() * hours;
            pv += r.pvW() * hours;
            ev += r.evW() * hours;
        }
        double selfConsumption = pv > 0 ? 100 * (pv - exported) / pv : 0;
        long requested = outcomes.stream().mapToLong(o -> o.visit().wantedWh()).sum();
        long missing = outcomes.stream().mapToLong(VisitOutcome::notDeliveredWh).sum();
        int away = (int) outcomes.stream().filter(o -> o.stationId() == null).count();
        return new SummaryRow(name, level, peak / 1000, limit / 1000, overload, imported / 1000, exported / 1000,
                pv / 1000, selfConsumption, ev / 1000, requested / 1000.0, missing / 1000.0, outcomes.size(), away);
    }
}
