package io.gridcharge.gateway.v201;

import static io.gridcharge.gateway.testing.GatewayFixture.aGateway;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.gridcharge.domain.command.CommandReply;
import io.gridcharge.domain.command.StationCommand;
import io.gridcharge.domain.energy.ChargingProfile;
import io.gridcharge.domain.energy.ChargingProfileKind;
import io.gridcharge.domain.energy.ChargingProfilePurpose;
import io.gridcharge.domain.energy.ChargingRateUnit;
import io.gridcharge.domain.energy.ChargingSchedule;
import io.gridcharge.domain.energy.ChargingSchedulePeriod;
import io.gridcharge.domain.energy.ClearCriteria;
import io.gridcharge.domain.energy.CompositeScheduleResult;
import io.gridcharge.domain.monitoring.EventQuery;
import io.gridcharge.domain.shared.InvalidInput;
import io.gridcharge.domain.shared.PageRequest;
import io.gridcharge.domain.station.StationId;
import io.gridcharge.gateway.testing.GatewayFixture;
import io.gridcharge.gateway.testing.TestStation;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Smart charging commands to an OCPP 2.0.1 station and its K/N reports, over a real WebSocket. */
class Ocpp201SmartChargingTest {
    private static final StationId CP_1 = StationId.of("CP-1");

    private final GatewayFixture gateway = aGateway()
            .withStation("CP-1")
            .withCallTimeout(Duration.ofMillis(500))
            .start();

    @AfterEach
    void stop() {
        gateway.close();
    }

    private TestStation bootedStation() {
        TestStation station = gateway.station201("CP-1").open();
        assertThat(station.call("BootNotification", Ocpp201CsmsConformanceTest.BOOT).get(2).get("status").asText())
                .isEqualTo("Accepted");
        return station;
    }

    private CommandReply send(StationCommand command) {
        return gateway.commands.send(CP_1, command).join();
    }

    private static ChargingProfile txProfile(Long transactionId) {
        return new ChargingProfile(3, 1, ChargingProfilePurpose.TX, ChargingProfileKind.RELATIVE, null, null, null,
                transactionId, ChargingSchedule.of(ChargingRateUnit.AMPERES, ChargingSchedulePeriod.of(0, "10")));
    }

    @Test
    void aTxProfileNamesTheStationsTransactionIdAndItsOneScheduleCarriesTheProfilesId() {
        try (TestStation station = bootedStation()
                .answering("SetChargingProfile", p -> "{\"status\":\"Accepted\"}")) {
            CommandReply reply = send(new StationCommand.SetChargingProfile(2, txProfile(41L), "TX-41"));

            JsonNode sent = station.callsReceived("SetChargingProfile").getFirst().get(3);
            assertThat(reply.status()).isEqualTo("Accepted");
            assertThat(sent.get("evseId").asInt()).isEqualTo(2);
            JsonNode profile = sent.get("chargingProfile");
            assertThat(profile.get("transactionId").asText()).isEqualTo("TX-41");
            assertThat(profile.get("chargingSchedule")).hasSize(1);
            assertThat(profile.get("chargingSchedule").get(0).get("id").asInt()).isEqualTo(3);
            assertThat(profile.get("chargingSchedule").get(0).get("chargingRateUnit").asText()).isEqualTo("A");
        }
    }

    @Test
    void aTxProfileForATransactionWithoutAStationIdIsRefusedAndNothingIsSent() {
        try (TestStation station = bootedStation()) {
            assertThatThrownBy(() -> send(new StationCommand.SetChargingProfile(2, txProfile(41L))))
                    .isInstanceOfSatisfying(InvalidInput.class,
                            invalid -> assertThat(invalid.field()).isEqualTo("chargingProfile.transactionId"));
            assertThat(station.callsReceived("SetChargingProfile")).isEmpty();
        }
    }

    @Test
    void clearingEverythingSendsNoCriteriaAndACompositeScheduleComesBackAsTheDomainsResult() {
        try (TestStation station = bootedStation()
                .answering("ClearChargingProfile", p -> "{\"status\":\"Unknown\"}")
                .answering("GetCompositeSchedule", p -> """
                        {"status":"Accepted","schedule":{"evseId":1,"duration":600,
                         "scheduleStart":"2026-11-21T10:00:00Z","chargingRateUnit":"W",
                         "chargingSchedulePeriod":[{"startPeriod":0,"limit":7400.0},{"startPeriod":300,"limit":3700}]}}
                        """)) {
            assertThat(send(new StationCommand.ClearChargingProfile(ClearCriteria.everything())).status())
                    .isEqualTo("Unknown");
            CommandReply composite = send(new StationCommand.GetCompositeSchedule(1, 600, null));

            assertThat(station.callsReceived("ClearChargingProfile").getFirst().get(3).size()).isZero();
            JsonNode asked = station.callsReceived("GetCompositeSchedule").getFirst().get(3);
            assertThat(asked.get("evseId").asInt()).isEqualTo(1);
            assertThat(asked.has("chargingRateUnit")).isFalse();
            assertThat(composite.result()).isInstanceOfSatisfying(CompositeScheduleResult.class, result -> {
                assertThat(result.schedule().unit()).isEqualTo(ChargingRateUnit.WATTS);
                assertThat(result.schedule().periods()).extracting(p -> p.limit().toPlainString())
                        .containsExactly("7400", "3700");
            });
        }
    }

    @Test
    void aNotifyEventIsStoredAndANotifyEvChargingNeedsIsAnsweredProcessing() {
        try (TestStation station = bootedStation()) {
            JsonNode event = station.call("NotifyEvent", """
                    {"generatedAt":"2026-11-21T10:00:00Z","seqNo":0,"eventData":[{"eventId":4,
                     "timestamp":"2026-11-21T09:59:00Z","trigger":"Alerting","actualValue":"Faulted",
                     "eventNotificationType":"HardWiredNotification","component":{"name":"Connector",
                     "evse":{"id":1,"connectorId":1}},"variable":{"name":"AvailabilityState"}}]}""");
            JsonNode needs = station.call("NotifyEVChargingNeeds", """
                    {"evseId":1,"chargingNeeds":{"requestedEnergyTransfer":"DC",
                     "dcChargingParameters":{"evMaxCurrent":125,"evMaxVoltage":500,"energyAmount":40000}}}""");

            assertThat(event.get(0).asInt()).isEqualTo(3);
            assertThat(gateway.monitoring.events(CP_1, EventQuery.all(), PageRequest.first(10)).items())
                    .singleElement().satisfies(stored -> {
                        assertThat(stored.event().component().connectorId()).isEqualTo(1);
                        assertThat(stored.event().actualValue()).isEqualTo("Faulted");
                    });
            assertThat(needs.get(2).get("status").asText()).isEqualTo("Processing");
            assertThat(gateway.smartChargingReports.latestNeeds(CP_1, 1).orElseThrow().energyAmountWh())
                    .isEqualTo(40000);
        }
    }
}
