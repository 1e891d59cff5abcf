package io.gridcharge.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.gridcharge.ocpp.OcppVersion;
import io.gridcharge.ocpp.json.OcppJson;
import io.gridcharge.ocpp.rpc.Frame;
import io.gridcharge.ocpp.rpc.FrameCodec;
import io.gridcharge.ocpp.v16.core.ChargePointErrorCode;
import io.gridcharge.ocpp.v16.core.ChargePointStatus;
import io.gridcharge.ocpp.v16.core.HeartbeatRequest;
import io.gridcharge.ocpp.v16.core.Measurand;
import io.gridcharge.ocpp.v16.core.MeterValue;
import io.gridcharge.ocpp.v16.core.MeterValuesRequest;
import io.gridcharge.ocpp.v16.core.SampledValue;
import io.gridcharge.ocpp.v16.core.StatusNotificationRequest;
import io.gridcharge.ocpp.v16.core.UnitOfMeasure;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The text templates of the mix are the messages the records would have made, valid for the central system. */
class MixFramesTest {
    private static final Instant AT = Instant.parse("2026-11-21T12:34:56.789123Z");
    private static final Instant AT_MILLIS = Instant.parse("2026-11-21T12:34:56.789Z");
    private final FrameCodec codec = new FrameCodec(OcppVersion.V16);

    @Test
    void aHeartbeatIsAnEmptyHeartbeatCall() {
        assertThat(decoded(MixFrames.heartbeat("17"), "17", "Heartbeat", HeartbeatRequest.class))
                .isEqualTo(new HeartbeatRequest());
    }

    @Test
    void aStatusReportsConnectorOneAvailableAtTheTimeToTheMillisecond() {
        assertThat(decoded(MixFrames.available("18", AT), "18", "StatusNotification", StatusNotificationRequest.class))
                .isEqualTo(new StatusNotificationRequest(1, ChargePointErrorCode.NoError, null,
                        ChargePointStatus.Available, AT_MILLIS, null, null));
    }

    @Test
    void aMeterReadingCarriesTheEnergyRegisterAndTheTransactionWhenThereIsOne() {
        SampledValue energy = new SampledValue("1230", null, null, Measurand.Energy_Active_Import_Register, null,
                null, UnitOfMeasure.Wh);
        assertThat(decoded(MixFrames.energyReading("19", null, 1230, AT), "19", "MeterValues",
                MeterValuesRequest.class))
                .isEqualTo(new MeterValuesRequest(1, null, List.of(new MeterValue(AT_MILLIS, List.of(energy)))));
        assertThat(decoded(MixFrames.energyReading("20", 4711, 1230, AT), "20", "MeterValues",
                MeterValuesRequest.class).transactionId()).isEqualTo(4711);
    }

    @Test
    void readsTheMessageIdOfACallResultOnlyFromACallResult() {
        assertThat(MixFrames.callResultId("[3,\"42\",{\"currentTime\":\"2026-11-21T12:00:00Z\"}]")).isEqualTo("42");
        assertThat(MixFrames.callResultId("[4,\"42\",\"InternalError\",\"\",{}]")).isNull();
        assertThat(MixFrames.callResultId("[2,\"42\",\"Reset\",{\"type\":\"Soft\"}]")).isNull();
    }

    private <T> T decoded(String text, String messageId, String action, Class<T> type) {
        Frame.Call call = (Frame.Call) codec.parse(text);
        assertThat(call.messageId()).isEqualTo(messageId);
        assertThat(call.action()).isEqualTo(action);
        return OcppJson.decode(call.payload(), type);
    }
}
