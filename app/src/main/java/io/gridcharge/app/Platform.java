package io.gridcharge.app;

import io.gridcharge.api.ApiServer;
import io.gridcharge.api.ApiServices;
import io.gridcharge.api.console.ConsoleServices;
import io.gridcharge.api.console.ConsoleSettings;
import io.gridcharge.api.live.LiveFeed;
import io.gridcharge.api.live.LiveTickets;
import io.gridcharge.api.energy.SmartChargingServices;
import io.gridcharge.api.firmware.FirmwareServices;
import io.gridcharge.api.localauth.LocalListServices;
import io.gridcharge.api.monitoring.StationReportServices;
import io.gridcharge.api.reservation.ReservationServices;
import io.gridcharge.app.billing.PlatformBilling;
import io.gridcharge.app.config.Setting;
import io.gridcharge.app.config.Settings;
import io.gridcharge.app.security.PlatformSecurity;
import io.gridcharge.app.security.Argon2idPasswordHasher;
import io.gridcharge.domain.authorization.AuthorizeToken;
import io.gridcharge.domain.authorization.TokenAdministration;
import io.gridcharge.domain.charging.OrphanStopHistory;
import io.gridcharge.domain.charging.RecordMeterValues;
import io.gridcharge.domain.charging.RecordTransactionEvent;
import io.gridcharge.domain.charging.StartTransaction;
import io.gridcharge.domain.charging.StopTransaction;
import io.gridcharge.domain.charging.TransactionHistory;
import io.gridcharge.domain.devicemodel.MessageLimits;
import io.gridcharge.domain.devicemodel.RecordDeviceReport;
import io.gridcharge.domain.display.DisplayMessages;
import io.gridcharge.domain.energy.ClearChargingProfiles;
import io.gridcharge.domain.energy.CompareCompositeSchedule;
import io.gridcharge.domain.energy.InstallChargingProfile;
import io.gridcharge.domain.energy.InstalledProfiles;
import io.gridcharge.domain.energy.PlanEvCharging;
import io.gridcharge.domain.journal.JournalRetention;
import io.gridcharge.domain.energy.RecordSmartChargingReports;
import io.gridcharge.domain.energy.RemoteStartWithProfile;
import io.gridcharge.domain.energy.TransactionProfilesEnd;
import io.gridcharge.domain.command.StationCommands;
import io.gridcharge.domain.event.InProcessEventBus;
import io.gridcharge.domain.firmware.FirmwareLibrary;
import io.gridcharge.domain.firmware.PublicAddress;
import io.gridcharge.domain.firmware.ReceiveDiagnostics;
import io.gridcharge.domain.firmware.RecordTransferStatus;
import io.gridcharge.domain.firmware.RequestDiagnostics;
import io.gridcharge.domain.firmware.UpdateStationFirmware;
import io.gridcharge.domain.localauth.CheckLocalListVersion;
import io.gridcharge.domain.localauth.ChooseLocalList;
import io.gridcharge.domain.localauth.SynchronizeLocalList;
import io.gridcharge.domain.monitoring.AlarmAdministration;
import io.gridcharge.domain.monitoring.RecordCustomerInformation;
import io.gridcharge.domain.monitoring.RecordMonitoringReport;
import io.gridcharge.domain.monitoring.RecordStationEvents;
import io.gridcharge.domain.reservation.CancelReservation;
import io.gridcharge.domain.reservation.EndReservation;
import io.gridcharge.domain.reservation.ReservationHistory;
import io.gridcharge.domain.reservation.ReserveConnector;
import io.gridcharge.domain.reservation.UseReservation;
import io.gridcharge.domain.security.RecordReportedStatus;
import io.gridcharge.domain.shared.BoundedPasswordHasher;
import io.gridcharge.domain.shared.PasswordHasher;
import io.gridcharge.domain.station.BootOnAcceptance;
import io.gridcharge.domain.station.ConnectorStatusReport;
import io.gridcharge.domain.station.StationAdministration;
import io.gridcharge.domain.station.StationAuthentication;
import io.gridcharge.domain.station.StationBoot;
import io.gridcharge.domain.station.PlaceStation;
import io.gridcharge.domain.station.StationPresence;
import io.gridcharge.domain.station.StationSettings;
import io.gridcharge.domain.tenant.AdminBootstrap;
import io.gridcharge.domain.tenant.Login;
import io.gridcharge.domain.tenant.LoginThrottle;
import io.gridcharge.domain.tenant.UserAdministration;
import io.gridcharge.gateway.ConnectionRegistry;
import io.gridcharge.gateway.GatewayConfig;
import io.gridcharge.gateway.GatewayPorts;
import io.gridcharge.gateway.GatewayStationCommands;
import io.gridcharge.gateway.OcppServer;
import io.gridcharge.gateway.v16.Ocpp16Adapter;
import io.gridcharge.gateway.v16.Ocpp16Services;
import io.gridcharge.gateway.v201.Ocpp201Adapter;
import io.gridcharge.gateway.v201.Ocpp201GridServices;
import io.gridcharge.gateway.v201.Ocpp201PlatformServices;
import io.gridcharge.gateway.v201.Ocpp201OperationServices;
import io.gridcharge.gateway.v201.Ocpp201Services;
import io.gridcharge.pki.OcspContractCertificates;
import io.gridcharge.store.Database;
import io.gridcharge.store.EmbeddedDatabase;
import io.gridcharge.store.repository.DatabaseActivity;
import io.gridcharge.store.repository.GroupCommit;
import io.gridcharge.store.repository.PgChargingProfileRepository;
import io.gridcharge.store.repository.PgDeviceModelRepository;
import io.gridcharge.store.repository.PgChargingStatistics;
import io.gridcharge.store.repository.PgDiagnosticsRepository;
import io.gridcharge.store.repository.PgDisplayMessageRepository;
import io.gridcharge.store.repository.PgFirmwareRepository;
import io.gridcharge.store.repository.PgLocalListRepository;
import io.gridcharge.store.repository.PgMessageJournal;
import io.gridcharge.store.repository.PgMonitoringRepository;
import io.gridcharge.store.repository.PgOrphanStopRepository;
import io.gridcharge.store.repository.PgReportedStatusRepository;
import io.gridcharge.store.repository.PgReservationRepository;
import io.gridcharge.store.repository.PgSmartChargingReports;
import io.gridcharge.store.repository.PgStationCensus;
import io.gridcharge.store.repository.PgStationLocations;
import io.gridcharge.store.repository.PgStationRepository;
import io.gridcharge.store.repository.PgTokenRepository;
import io.gridcharge.store.repository.PgTransactionEventLog;
import io.gridcharge.store.repository.PgTransactionRepository;
import io.gridcharge.store.repository.PgTransferHistory;
import io.gridcharge.store.repository.PgUserRepository;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The composition root: builds the database, the repositories, the domain services, the OCPP gateway and the
 * REST API from the settings, starts them in that order and stops them in the reverse one.
 */
public final class Platform implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Platform.class);
    /** Last-seen times reach the database this often; presence itself is in memory (DESIGN §2). */
    private static final Duration LAST_SEEN_FLUSH = Duration.ofSeconds(15);
    private static final Duration STATION_PASSWORD_SLOT_WAIT = Duration.ofSeconds(1);
    private static final int GROUP_COMMIT_CAPACITY = 4096;
    private static final int GROUP_COMMIT_BATCH = 256;
    private static final int GROUP_COMMIT_WRITERS = 2;
    private static final Duration OFFLINE_CHECK = Duration.ofSeconds(5);
    private static final Duration SETTLEMENT_CATCH_UP = Duration.ofMinutes(1);
    private static final Duration JOURNAL_CLEANUP = Duration.ofMinutes(10);

    private final Deque<AutoCloseable> running = new ArrayDeque<>();
    private OcppServer gateway;
    private ApiServer api;
    private volatile boolean closed;

    private Platform() {
    }

    /** Starts everything; if any part fails, what was started is stopped again and the failure is thrown. */
    public static Platform start(Settings settings, PrintStream console) {
        Platform platform = new Platform();
        try {
            platform.startParts(settings, console);
            return platform;
        } catch (RuntimeException e) {
            platform.close();
            throw e;
        }
    }

    private void startParts(Settings settings, PrintStream console) {
        Clock clock = Clock.systemUTC();
        Database database = openDatabase(settings);
        running.push(database);
        // Stations' writes share commits (issue 5); closed after the gateway, so the last answers still commit.
        var stationWrites = new GroupCommit(database.jdbi(), GROUP_COMMIT_CAPACITY, GROUP_COMMIT_BATCH,
                GROUP_COMMIT_WRITERS);
        running.push(stationWrites);

        var stationRepository = new PgStationRepository(database.jdbi(), stationWrites);
        var tokenRepository = new PgTokenRepository(database.jdbi());
        var transactionRepository = new PgTransactionRepository(database.jdbi(), stationWrites);
        var reservationRepository = new PgReservationRepository(database.jdbi());
        var orphanStopRepository = new PgOrphanStopRepository(database.jdbi());
        var userRepository = new PgUserRepository(database.jdbi());
        var journal = new PgMessageJournal(database.jdbi());
        running.push(journal);

        PasswordHasher hasher = new Argon2idPasswordHasher();
        // Stations' passwords are checked at the handshake, where a storm brings thousands at once: the hashes get
        // a slot per core and a short wait, then the station hears 503 with Retry-After (issue 5).
        PasswordHasher stationHasher = new BoundedPasswordHasher(hasher,
                Runtime.getRuntime().availableProcessors(), STATION_PASSWORD_SLOT_WAIT);
        var events = new InProcessEventBus();
        var stationSettings = new StationSettings(settings.positiveSeconds(Setting.HEARTBEAT_INTERVAL),
                settings.integer(Setting.OFFLINE_AFTER_MISSED_HEARTBEATS, 1, 1000), settings.bool(Setting.AUTO_REGISTER),
                Duration.ofSeconds(60));
        var presence = new StationPresence(clock, events, stationRepository);
        var stations = new StationAdministration(stationRepository, hasher, events, clock);
        // Every stopped transaction becomes an order settled from its wallet; a wallet below its site's minimum is
        // refused at authorization (issue 7). Subscribed before the gateway starts.
        var billing = PlatformBilling.wire(database.jdbi(), stationWrites, transactionRepository, stationRepository,
                userRepository, hasher, events, clock);
        var authorize = new AuthorizeToken(tokenRepository, clock, billing.permission());
        var login = new Login(userRepository, hasher, new LoginThrottle(clock), clock);

        new AdminBootstrap(userRepository, hasher, clock).ensureAdmin(settings.get(Setting.ADMIN_PASSWORD).orElse(null))
                .ifPresent(password -> printGeneratedPassword(console, password));

        // A StartTransaction that names a reservation uses it (OCPP 1.6 §5.13); charging knows nothing of
        // reservations. Subscribed before the gateway starts, so no start of a reconnecting station misses it.
        events.subscribe(new UseReservation(reservationRepository, tokenRepository));
        // The console's live views (issue 8) hear every event from the first station on.
        var live = new LiveFeed();
        events.subscribe(live);
        var connections = new ConnectionRegistry();
        var stationCommands = new GatewayStationCommands(connections);
        billing.watchRunningCost(events, stationCommands);
        var security = PlatformSecurity.wire(settings, database.jdbi(), stationRepository, stationSettings, stationHasher,
                events, stationCommands, clock);
        var transferHistory = new PgTransferHistory(database.jdbi());
        // A status a station repeats is not written again until it reconnects (issue 5).
        var connectorStatus = new ConnectorStatusReport(stationRepository, events, clock);
        events.subscribe(connectorStatus);
        var ocpp16 = new Ocpp16Services(new StationBoot(stationRepository, stationSettings, events, clock),
                connectorStatus, authorize,
                new StartTransaction(transactionRepository, authorize, events, clock),
                new StopTransaction(transactionRepository, orphanStopRepository, authorize, events, clock),
                new RecordMeterValues(transactionRepository, events, clock), stations, Map.of(),
                new RecordTransferStatus(transferHistory, clock));
        // What 2.0.1 stations report on smart charging and monitoring (issue 4, blocks K and N).
        var smartChargingReports = new PgSmartChargingReports(database.jdbi());
        var monitoring = new PgMonitoringRepository(database.jdbi());
        var displayMessages = new DisplayMessages(new PgDisplayMessageRepository(database.jdbi()), stationCommands,
                clock);
        // The profiles each station holds, as the platform believes it (OCPP 1.6 §3.13); TxProfiles end with
        // their transaction.
        var chargingProfiles = new InstalledProfiles(new PgChargingProfileRepository(database.jdbi()));
        // An EV's needs answered with a schedule for its transaction (issue 4, K15-K17).
        var evPlanner = new PlanEvCharging(new RecordSmartChargingReports(smartChargingReports, transactionRepository,
                clock), new InstallChargingProfile(stationCommands, chargingProfiles, transactionRepository),
                chargingProfiles, clock);
        var ocpp201 = new Ocpp201Services(ocpp16.boot(), ocpp16.connectorStatus(), authorize, stations,
                new RecordDeviceReport(new PgDeviceModelRepository(database.jdbi()), events, clock),
                new RecordTransactionEvent(transactionRepository,
                        new PgTransactionEventLog(database.jdbi(), stationWrites), ocpp16.startTransaction(), ocpp16.stopTransaction(), ocpp16.meterValues(), authorize, events,
                        clock), ocpp16.meterValues(), security.securityEvents(),
                new Ocpp201GridServices(new RecordSmartChargingReports(smartChargingReports, transactionRepository,
                        clock), new RecordStationEvents(monitoring, events, clock),
                        new RecordMonitoringReport(monitoring, clock), new RecordCustomerInformation(monitoring, clock),
                        evPlanner),
                new Ocpp201OperationServices(ocpp16.transfers(), security.reportedStatus(),
                        new EndReservation(reservationRepository, clock)));
        var registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        running.push(PlatformMetrics.register(registry, new DatabaseActivity(database.jdbi()), stationWrites, journal));
        String bind = settings.text(Setting.BIND);
        GatewayConfig gatewayConfig = GatewayConfig.defaults(bind, settings.port(Setting.OCPP_PORT))
                .withPingInterval(settings.positiveSeconds(Setting.WEBSOCKET_PING_INTERVAL))
                .withCallTimeout(settings.positiveSeconds(Setting.CALL_TIMEOUT));
        gateway = new OcppServer(gatewayConfig,
                new GatewayPorts(new StationAuthentication(stationRepository, stationHasher, stationSettings, clock),
                        presence,
                        journal, clock),
                connections, registry, List.of(new Ocpp16Adapter(ocpp16, security.ocpp16()),
                        new Ocpp201Adapter(ocpp201, new MessageLimits(new PgDeviceModelRepository(database.jdbi())),
                                new Ocpp201PlatformServices(security.ocpp16().certificates(),
                                        billing.showRunningCost(stationCommands), billing.tariffText(clock),
                                        displayMessages, new OcspContractCertificates(clock, OcspContractCertificates.hosts(
                                                settings.get(Setting.OCSP_RESPONDERS).orElse(null)))))),
                        security.admission(),
                security.tls().orElse(null)).start();
        running.push(gateway);

        ScheduledExecutorService timers = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().name("presence-timer").daemon().factory());
        running.push(() -> {
            timers.shutdownNow();
            presence.flushLastSeen();
        });
        timers.scheduleWithFixedDelay(guarded("flush last-seen", presence::flushLastSeen),
                LAST_SEEN_FLUSH.toMillis(), LAST_SEEN_FLUSH.toMillis(), TimeUnit.MILLISECONDS);
        timers.scheduleWithFixedDelay(guarded("offline check", () -> presence.detectOffline(
                        stationSettings.heartbeatInterval(), stationSettings.offlineAfterMissedHeartbeats())),
                OFFLINE_CHECK.toMillis(), OFFLINE_CHECK.toMillis(), TimeUnit.MILLISECONDS);
        // The journal keeps every frame; what is older than its retention goes, a batch at a time.
        var journalRetention = new JournalRetention(journal,
                Duration.ofDays(settings.integer(Setting.JOURNAL_RETENTION_DAYS, 0, 36_500)), clock);
        timers.scheduleWithFixedDelay(guarded("journal retention", () -> {
            long forgotten = journalRetention.forgetExpired();
            if (forgotten > 0) {
                LOG.info("removed {} journal entries older than the retention", forgotten);
            }
        }), JOURNAL_CLEANUP.toMillis(), JOURNAL_CLEANUP.toMillis(), TimeUnit.MILLISECONDS);
        // A settlement that failed when its transaction stopped (database briefly away) is retried (issue 7).
        timers.scheduleWithFixedDelay(guarded("settle stopped transactions", billing::catchUp),
                SETTLEMENT_CATCH_UP.toMillis(), SETTLEMENT_CATCH_UP.toMillis(), TimeUnit.MILLISECONDS);

        var reservations = reservationServices(reservationRepository, stationRepository, stationCommands, clock);
        // An operator's acceptance of a Pending station that is connected makes it boot again now (OCPP 1.6 §4.2).
        events.subscribe(new BootOnAcceptance(presence, stationCommands));
        events.subscribe(new TransactionProfilesEnd(chargingProfiles));
        var smartCharging = smartChargingServices(chargingProfiles, transactionRepository, stationCommands, clock);
        var localLists = localListServices(new PgLocalListRepository(database.jdbi()), stationRepository,
                tokenRepository, stationCommands, clock);
        var firmware = firmwareServices(database, stationRepository, transferHistory, stationCommands,
                publicAddress(settings, bind), clock);
        var services = new ApiServices(stations, presence, new TokenAdministration(tokenRepository, clock),
                new TransactionHistory(transactionRepository), journal, stationCommands, login,
                clock, reservations, new OrphanStopHistory(orphanStopRepository), smartCharging,
                security.apiServices(stationCommands),
                localLists, firmware, new PgDeviceModelRepository(database.jdbi()),
                consoleServices(settings, database, stationRepository, live,
                new UserAdministration(userRepository, clock), "ws://" + bind + ":" + gateway.port() + "/ocpp",
                clock),
                billing.apiServices(), new StationReportServices(new PgTransactionEventLog(database.jdbi()),
                smartChargingReports, monitoring, new AlarmAdministration(monitoring, clock)), displayMessages);
        api = new ApiServer(services, registry, bind, settings.port(Setting.HTTP_PORT), () -> !closed).start();
        running.push(api::stop);

        console.printf("GridCharge %s is serving%n", BuildInfo.version());
        console.printf("  OCPP stations: ws://%s:%d/ocpp/{stationId}  (subprotocols ocpp1.6, ocpp2.0.1)%n", bind, gateway.port());
        if (security.tls().isPresent()) {
            console.printf("  OCPP over TLS: wss://%s:%d/ocpp/{stationId}  (security profiles 2 and 3)%n", bind,
                    gateway.tlsPort());
        }
        console.printf("  Console:       http://%s:%d/  (log in as admin)%n", bind, api.port());
        console.printf("  REST API:      http://%s:%d/api/v1  (OpenAPI at /api/openapi.json)%n", bind, api.port());
        console.printf("  Health:        http://%s:%d/health   Metrics: /metrics%n", bind, api.port());
        console.printf("  Database:      %s%n", settings.get(Setting.DB_URL).orElse("embedded PostgreSQL under "
                + settings.path(Setting.DATA_DIR).resolve("postgres")));
        console.flush();
    }

    /**
     * Where stations fetch firmware and upload diagnostics: the public-url setting, else the API's own address
     * (known once it listens; 0.0.0.0 as a host reaches no one, so set public-url when binding to it).
     */
    private PublicAddress publicAddress(Settings settings, String bind) {
        var configured = settings.get(Setting.PUBLIC_URL).map(url -> url.endsWith("/")
                ? url.substring(0, url.length() - 1) : url);
        return () -> configured.orElseGet(() -> "http://" + bind + ":" + api.port());
    }

    private static ConsoleServices consoleServices(Settings settings, Database database,
                                                   PgStationRepository stations, LiveFeed live,
                                                   UserAdministration users, String ocppUrl, Clock clock) {
        var locations = new PgStationLocations(database.jdbi());
        return new ConsoleServices(live, new LiveTickets(clock), new PgStationCensus(database.jdbi()),
                new PgChargingStatistics(database.jdbi()), new PlaceStation(stations, locations), locations,
                new ConsoleSettings(settings.get(Setting.MAP_TILE_URL).filter(url -> !url.isBlank()).orElse(null),
                        settings.timeZone(Setting.TIME_ZONE).map(ZoneId::getId).orElse(null), ocppUrl), users);
    }

    private static ReservationServices reservationServices(PgReservationRepository reservations,
                                                           PgStationRepository stations, StationCommands commands,
                                                           Clock clock) {
        return new ReservationServices(new ReserveConnector(reservations, stations, commands, clock),
                new CancelReservation(reservations, commands, clock), new ReservationHistory(reservations, clock));
    }

    private static SmartChargingServices smartChargingServices(InstalledProfiles profiles,
                                                               PgTransactionRepository transactions,
                                                               StationCommands commands, Clock clock) {
        return new SmartChargingServices(new InstallChargingProfile(commands, profiles, transactions),
                new ClearChargingProfiles(commands, profiles),
                new CompareCompositeSchedule(commands, profiles, transactions, clock),
                new RemoteStartWithProfile(commands, profiles), profiles);
    }

    private static LocalListServices localListServices(PgLocalListRepository lists, PgStationRepository stations,
                                                       PgTokenRepository tokens, StationCommands commands,
                                                       Clock clock) {
        return new LocalListServices(new ChooseLocalList(lists, stations, tokens),
                new SynchronizeLocalList(lists, stations, commands, clock),
                new CheckLocalListVersion(lists, stations, commands));
    }

    private static FirmwareServices firmwareServices(Database database, PgStationRepository stations,
                                                     PgTransferHistory history, StationCommands commands,
                                                     PublicAddress address, Clock clock) {
        var images = new PgFirmwareRepository(database.jdbi());
        var diagnostics = new PgDiagnosticsRepository(database.jdbi());
        return new FirmwareServices(new FirmwareLibrary(images, clock),
                new UpdateStationFirmware(images, stations, commands, history,
                        new RecordReportedStatus(new PgReportedStatusRepository(database.jdbi()), clock), address, clock),
                new RequestDiagnostics(diagnostics, stations, commands, history, address, clock),
                new ReceiveDiagnostics(diagnostics, history, clock), history, address);
    }

    private static Database openDatabase(Settings settings) {
        var url = settings.get(Setting.DB_URL);
        if (url.isPresent()) {
            return Database.connect(url.get(), settings.text(Setting.DB_USER), settings.text(Setting.DB_PASSWORD));
        }
        return Database.open(EmbeddedDatabase.start(settings.path(Setting.DATA_DIR).resolve("postgres")));
    }

    private static void printGeneratedPassword(PrintStream console, String password) {
        console.println();
        console.println("  First start: created user 'admin' with the generated password");
        console.println();
        console.println("      " + password);
        console.println();
        console.println("  It is shown only this once. Set GRIDCHARGE_ADMIN_PASSWORD before the first start to choose it.");
        console.println();
    }

    private static Runnable guarded(String what, Runnable task) {
        return () -> {
            try {
                task.run();
            } catch (RuntimeException e) {
                LOG.warn("{} failed; will retry", what, e);
            }
        };
    }

    public int ocppPort() {
        return gateway.port();
    }

    /** The TLS listener's port; only when one was configured. */
    public int ocppTlsPort() {
        return gateway.tlsPort();
    }

    public int httpPort() {
        return api.port();
    }

    /** Stops the API first (no new commands), then the gateway, timers, journal and database. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        while (!running.isEmpty()) {
            AutoCloseable part = running.pop();
            try {
                part.close();
            } catch (Exception e) {
                LOG.warn("stopping {} failed", part, e);
            }
        }
        LOG.info("GridCharge stopped");
    }
}
