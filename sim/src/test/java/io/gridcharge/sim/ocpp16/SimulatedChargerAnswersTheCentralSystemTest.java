package io.gridcharge.sim.ocpp16;

import static io.gridcharge.sim.charger.Fixtures.NOON;
import static io.gridcharge.sim.charger.Fixtures.aVisit;
import static io.gridcharge.sim.charger.Fixtures.anAcCharger;
import static io.gridcharge.sim.ocpp16.Profiles.aProfile;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gridcharge.ocpp.ErrorCode;
import io.gridcharge.ocpp.OcppCallException;
import io.gridcharge.ocpp.v16.core.ChangeConfigurationRequest;
import io.gridcharge.ocpp.v16.core.ChangeConfigurationResponse;
import io.gridcharge.ocpp.v16.core.ConfigurationStatus;
import io.gridcharge.ocpp.v16.core.GetConfigurationRequest;
import io.gridcharge.ocpp.v16.core.GetConfigurationResponse;
import io.gridcharge.ocpp.v16.core.KeyValue;
import io.gridcharge.ocpp.v16.core.RemoteStartStopStatus;
import io.gridcharge.ocpp.v16.core.RemoteStopTransactionRequest;
import io.gridcharge.ocpp.v16.core.RemoteStopTransactionResponse;
import io.gridcharge.ocpp.v16.firmware.UpdateFirmwareRequest;
import io.gridcharge.ocpp.v16.localauth.GetLocalListVersionRequest;
import io.gridcharge.ocpp.v16.remotetrigger.MessageTrigger;
import io.gridcharge.ocpp.v16.remotetrigger.TriggerMessageRequest;
import io.gridcharge.ocpp.v16.remotetrigger.TriggerMessageResponse;
import io.gridcharge.ocpp.v16.remotetrigger.TriggerMessageStatus;
import io.gridcharge.ocpp.v16.smartcharging.ChargingProfileStatus;
import io.gridcharge.ocpp.v16.smartcharging.ChargingRateUnitType;
import io.gridcharge.ocpp.v16.smartcharging.GetCompositeScheduleRequest;
import io.gridcharge.ocpp.v16.smartcharging.GetCompositeScheduleResponse;
import io.gridcharge.ocpp.v16.smartcharging.SetChargingProfileRequest;
import io.gridcharge.ocpp.v16.smartcharging.SetChargingProfileResponse;
import io.gridcharge.sim.charger.ChargerModel;
import io.gridcharge.sim.link.LinkProfile;
import io.gridcharge.sim.run.SimulationClock;
import io.gridcharge.sim.station.StationLog;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The answers a charger gives without any network: the station is never started. */
class SimulatedChargerAnswersTheCentralSystemTest {
    private final ChargerModel model = anAcCharger("CP", 1);
    private final Ocpp16Station station = new Ocpp16Station(model, URI.create("ws://127.0.0.1:9/ocpp"), null,
            LinkProfile.LAN, 1, SimulationClock.unpaced(NOON), StationLog.SILENT);
    private final Ocpp16Commands commands = station.commands();

    @Test
    void profilesItDoesNotHaveAreAnsweredNotImplementedAsARealChargerWould() {
        assertThatThrownBy(() -> commands.handle("UpdateFirmware", new UpdateFirmwareRequest("http://x", null, NOON,
                null))).isInstanceOfSatisfying(OcppCallException.class,
                e -> assertThat(e.code()).isEqualTo(ErrorCode.NOT_IMPLEMENTED));
        assertThatThrownBy(() -> commands.handle("GetLocalListVersion", new GetLocalListVersionRequest()))
                .isInstanceOf(OcppCallException.class);
        var trigger = (TriggerMessageResponse) commands.handle("TriggerMessage",
                new TriggerMessageRequest(MessageTrigger.DiagnosticsStatusNotification, null));
        assertThat(trigger.status()).isEqualTo(TriggerMessageStatus.NotImplemented);
    }

    @Test
    void itReportsItsFeatureProfilesAndTakesANewHeartbeatIntervalButNoUnknownKey() {
        var config = (GetConfigurationResponse) commands.handle("GetConfiguration", new GetConfigurationRequest(null));
        var heartbeat = (ChangeConfigurationResponse) commands.handle("ChangeConfiguration",
                new ChangeConfigurationRequest("HeartbeatInterval", "120"));
        var unknown = (ChangeConfigurationResponse) commands.handle("ChangeConfiguration",
                new ChangeConfigurationRequest("NoSuchKey", "1"));

        assertThat(config.configurationKey()).extracting(KeyValue::key, KeyValue::value)
                .contains(org.assertj.core.groups.Tuple.tuple("SupportedFeatureProfiles",
                        "Core,SmartCharging,RemoteTrigger,Reservation"));
        assertThat(heartbeat.status()).isEqualTo(ConfigurationStatus.Accepted);
        assertThat(station.heartbeatInterval()).isEqualTo(120);
        assertThat(unknown.status()).isEqualTo(ConfigurationStatus.NotSupported);
    }

    @Test
    void theCompositeScheduleItReportsIsTheLimitItObeys() {
        model.plugIn(aVisit("A", 0.2, 30_000, Duration.ofHours(4)), NOON);
        var set = (SetChargingProfileResponse) commands.handle("SetChargingProfile", new SetChargingProfileRequest(0,
                aProfile(1).watts().absoluteFrom(NOON).period(0, "7000").period(1800, "3500").build()));

        var composite = (GetCompositeScheduleResponse) commands.handle("GetCompositeSchedule",
                new GetCompositeScheduleRequest(1, 3600, ChargingRateUnitType.W));

        assertThat(set.status()).isEqualTo(ChargingProfileStatus.Accepted);
        assertThat(composite.chargingSchedule().chargingSchedulePeriod())
                .extracting(p -> p.startPeriod(), p -> p.limit())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(0, new BigDecimal("7000.0")),
                        org.assertj.core.groups.Tuple.tuple(1800, new BigDecimal("3500.0")));
    }

    @Test
    void aRemoteStopOfATransactionItDoesNotHaveIsRejected() {
        var answer = (RemoteStopTransactionResponse) commands.handle("RemoteStopTransaction",
                new RemoteStopTransactionRequest(4711));

        assertThat(answer.status()).isEqualTo(RemoteStartStopStatus.Rejected);
    }
}
