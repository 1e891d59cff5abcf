package io.gridcharge.api.energy;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.gridcharge.api.http.Vocabulary;
import io.gridcharge.domain.energy.CompositePeriod;
import io.gridcharge.domain.energy.CompositeSchedule;
import io.gridcharge.domain.energy.CompositeScheduleComparison;
import io.gridcharge.domain.energy.InstalledChargingProfile;
import io.gridcharge.domain.energy.StationChargingProfiles;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** What the smart charging endpoints answer. */
final class ChargingProfileViews {
    private ChargingProfileViews() {
    }

    /** A profile on its connector (0: the whole station). */
    record InstalledView(int connectorId, ChargingProfileJson chargingProfile) {
        static InstalledView of(InstalledChargingProfile installed) {
            return new InstalledView(installed.connectorId(), ChargingProfileJson.of(installed.profile()));
        }
    }

    /** The profiles a station holds as the platform believes it. */
    record HeldView(String stationId, List<InstalledView> profiles) {
        static HeldView of(StationChargingProfiles held) {
            return new HeldView(held.stationId().value(), held.profiles().stream().map(InstalledView::of).toList());
        }
    }

    /** The station's answer to SetChargingProfile, with the profile as it was sent. */
    record InstallView(String status, int connectorId, ChargingProfileJson chargingProfile) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record PeriodView(int startPeriod, BigDecimal limit, Integer numberPhases) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ScheduleView(Integer duration, String chargingRateUnit, List<PeriodView> chargingSchedulePeriod) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record CompositeView(Integer connectorId, Instant scheduleStart, ScheduleView chargingSchedule) {
        static CompositeView of(Integer connectorId, CompositeSchedule schedule) {
            if (schedule == null) {
                return new CompositeView(connectorId, null, null);
            }
            return new CompositeView(connectorId, schedule.start(), new ScheduleView(schedule.durationSeconds(),
                    Vocabulary.CHARGING_RATE_UNIT.name(schedule.unit()),
                    schedule.periods().stream().map(ChargingProfileViews::period).toList()));
        }
    }

    /**
     * The station's answer beside the platform's computation; in the platform's, a period without limit is one
     * that no profile limits.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ComparisonView(String status, CompositeView station, CompositeView platform) {
        static ComparisonView of(int connectorId, CompositeScheduleComparison comparison) {
            var answer = comparison.station();
            return new ComparisonView(comparison.status(),
                    answer == null ? null : CompositeView.of(answer.connectorId(), answer.schedule()),
                    CompositeView.of(connectorId, comparison.expected()));
        }
    }

    private static PeriodView period(CompositePeriod period) {
        return new PeriodView(period.startPeriod(), period.limit(), period.numberPhases());
    }
}
