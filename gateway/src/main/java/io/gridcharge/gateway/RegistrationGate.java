package io.gridcharge.gateway;

import io.gridcharge.domain.station.RegistrationStatus;
import io.gridcharge.domain.station.StationAdministration;
import io.gridcharge.domain.station.StationId;
import io.gridcharge.ocpp.ErrorCode;
import io.gridcharge.ocpp.OcppCallException;
import java.util.Locale;

/**
 * Lets a station's calls through only once it is accepted, in every OCPP version. OCPP 1.6 §4.2: a station
 * answered Pending or Rejected is to send nothing but BootNotification until accepted; 1.6 leaves open what the
 * central system answers if it does, so we answer as OCPP 2.0.1 requires (B02.FR.09, B03.FR.07): CALLERROR
 * SecurityError.
 *
 * <p>The registration is the one the last BootNotification on this connection was answered with; before
 * any (a station that reconnects without rebooting does not boot again), the one stored for the station.
 * An operator's change reaches the station at its next BootNotification.
 */
public final class RegistrationGate {
    public static final String BOOT_NOTIFICATION = "BootNotification";

    private final StationId stationId;
    private final StationAdministration stations;
    private volatile RegistrationStatus registration;

    private final String rule;

    /** @param rule the clause a refusal cites, e.g. "OCPP 1.6 §4.2" */
    public RegistrationGate(StationId stationId, StationAdministration stations, String rule) {
        this.stationId = stationId;
        this.stations = stations;
        this.rule = rule;
    }

    /** @throws OcppCallException SecurityError when the station may not send {@code action} now */
    public void admit(String action) {
        if (BOOT_NOTIFICATION.equals(action)) {
            return;
        }
        RegistrationStatus current = registration;
        if (current == null) {
            current = stations.registration(stationId).orElse(RegistrationStatus.REJECTED);
            registration = current;
        }
        if (current != RegistrationStatus.ACCEPTED) {
            throw new OcppCallException(ErrorCode.SECURITY_ERROR, "Station is "
                    + current.name().toLowerCase(Locale.ROOT)
                    + ": only BootNotification is allowed until it is accepted (" + rule + ")");
        }
    }

    public void booted(RegistrationStatus answer) {
        registration = answer;
    }
}
