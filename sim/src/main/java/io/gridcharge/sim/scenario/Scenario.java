package io.gridcharge.sim.scenario;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A scenario file (YAML) as written: where and when, the weather, the substation and its feeders with their
 * sites. Power in kW and energy in kWh here, as people write them; the model works in W and Wh. Unknown keys
 * are an error, so a misspelt key does not silently fall back to a default.
 */
@JsonIgnoreProperties(ignoreUnknown = false)
public record Scenario(String name, String title, Instant start, Double hours, Integer stepSeconds, String timeZone,
                       Double latitude, Double longitude, String weather, String stationPrefix,
                       Integer meterValueSampleSeconds, Double substationKw, List<FeederSpec> feeders) {

    public record FeederSpec(String id, double limitKw, List<SiteSpec> sites) {
    }

    /**
     * One site, or {@code count} alike (homes of a street: ids HOME-01, HOME-02, ...). The link is a profile name
     * (LAN, VPN, 4G, PLC); {@code outagesPerDay} overrides that profile's outage rate. Each charger faults
     * {@code faultsPerDay} times a day (default never) for {@code meanFaultMinutes} (default 30) on average.
     */
    public record SiteSpec(String id, String kind, Integer count, Double ratingKw, Double baseLoadKwhPerYear,
                           Double pvKwp, String link, Double outagesPerDay, Double faultsPerDay,
                           Double meanFaultMinutes, List<ChargerGroup> chargers, Arrivals arrivals) {
    }

    public record ChargerGroup(Integer count, String type, Integer connectors, double maxKw, Integer phases) {
    }

    /** Synthetic ({@code profile}: residential or workplace) or from an ACN-Data trace file. */
    public record Arrivals(String profile, Double perConnectorPerDay, Trace trace) {
    }

    /** The sessions of one local day of an ACN-Data file, laid onto the scenario's days at the same local times. */
    public record Trace(String file, LocalDate day, String timeZone) {
    }
}
