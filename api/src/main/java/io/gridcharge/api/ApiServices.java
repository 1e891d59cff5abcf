package io.gridcharge.api;

import io.gridcharge.api.console.ConsoleServices;
import io.gridcharge.api.billing.BillingServices;
import io.gridcharge.api.firmware.FirmwareServices;
import io.gridcharge.api.localauth.LocalListServices;
import io.gridcharge.api.monitoring.StationReportServices;
import io.gridcharge.api.security.SecurityServices;
import io.gridcharge.api.energy.SmartChargingServices;
import io.gridcharge.api.reservation.ReservationServices;
import io.gridcharge.domain.authorization.TokenAdministration;
import io.gridcharge.domain.charging.OrphanStopHistory;
import io.gridcharge.domain.charging.TransactionHistory;
import io.gridcharge.domain.command.StationCommands;
import io.gridcharge.domain.devicemodel.DeviceModelRepository;
import io.gridcharge.domain.display.DisplayMessages;
import io.gridcharge.domain.journal.MessageJournal;
import io.gridcharge.domain.station.StationAdministration;
import io.gridcharge.domain.station.StationPresence;
import io.gridcharge.domain.tenant.Login;
import java.time.Clock;
import java.util.Objects;

/** The domain services and ports the API serves; the clock is the platform's (DESIGN §6), for session expiry. */
public record ApiServices(StationAdministration stations, StationPresence presence, TokenAdministration tokens,
                          TransactionHistory transactions, MessageJournal journal, StationCommands commands,
                          Login login, Clock clock, ReservationServices reservations,
                          OrphanStopHistory orphanStops,
                          SmartChargingServices smartCharging,
                          SecurityServices security,
                          LocalListServices localLists, FirmwareServices firmware,
                          DeviceModelRepository deviceModels, ConsoleServices console, BillingServices billing,
                          StationReportServices stationReports,
                          DisplayMessages displayMessages) {
    public ApiServices {
        Objects.requireNonNull(security, "security");
        Objects.requireNonNull(stations, "stations");
        Objects.requireNonNull(presence, "presence");
        Objects.requireNonNull(tokens, "tokens");
        Objects.requireNonNull(transactions, "transactions");
        Objects.requireNonNull(journal, "journal");
        Objects.requireNonNull(commands, "commands");
        Objects.requireNonNull(login, "login");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(localLists, "localLists");
        Objects.requireNonNull(firmware, "firmware");
        Objects.requireNonNull(reservations, "reservations");
        Objects.requireNonNull(smartCharging, "smartCharging");
        Objects.requireNonNull(orphanStops, "orphanStops");
        Objects.requireNonNull(deviceModels, "deviceModels");
        Objects.requireNonNull(console, "console");
        Objects.requireNonNull(billing, "billing");
        Objects.requireNonNull(stationReports, "stationReports");
        Objects.requireNonNull(displayMessages, "displayMessages");
    }
}
