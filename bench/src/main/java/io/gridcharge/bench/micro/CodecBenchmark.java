package io.gridcharge.bench.micro;

import io.gridcharge.ocpp.ActionDefinition;
import io.gridcharge.ocpp.OcppResponse;
import io.gridcharge.ocpp.OcppVersion;
import io.gridcharge.ocpp.json.OcppJson;
import io.gridcharge.ocpp.rpc.Frame;
import io.gridcharge.ocpp.rpc.FrameCodec;
import io.gridcharge.ocpp.v16.Ocpp16Catalog;
import io.gridcharge.ocpp.v16.core.AuthorizeResponse;
import io.gridcharge.ocpp.v16.core.BootNotificationResponse;
import io.gridcharge.ocpp.v16.core.HeartbeatResponse;
import io.gridcharge.ocpp.v16.core.MeterValuesResponse;
import io.gridcharge.ocpp.v16.core.RegistrationStatus;
import io.gridcharge.ocpp.v16.core.StartTransactionResponse;
import io.gridcharge.ocpp.v16.core.StatusNotificationResponse;
import io.gridcharge.ocpp.v16.core.StopTransactionResponse;
import io.gridcharge.ocpp.v16.types.AuthorizationStatus;
import io.gridcharge.ocpp.v16.types.IdTagInfo;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * What the platform's OCPP codec costs per message (issue 5): the frame of a CALL as a station sends it is
 * parsed, its payload decoded into the action's record (which validates it, as the gateway does), and the
 * answer's record encoded and written as a CALLRESULT frame. One operation is one message in and its answer out.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class CodecBenchmark {
    private static final Instant AT = Instant.parse("2026-11-21T12:00:00Z");
    private static final IdTagInfo ACCEPTED = new IdTagInfo(null, null, AuthorizationStatus.Accepted);

    /** The frame a station sends, and the answer the platform gives, per action. */
    private static final Map<String, String> CALLS = Map.of(
            "BootNotification", """
                    [2,"b-1","BootNotification",{"chargePointVendor":"Alfen","chargePointModel":"Eve Single Pro",\
                    "chargePointSerialNumber":"ACE0123456","firmwareVersion":"4.12.0","meterType":"EM340"}]""",
            "Heartbeat", """
                    [2,"h-1","Heartbeat",{}]""",
            "StatusNotification", """
                    [2,"s-1","StatusNotification",{"connectorId":1,"errorCode":"NoError","status":"Charging",\
                    "timestamp":"2026-11-21T12:00:00.000Z"}]""",
            "MeterValues", """
                    [2,"m-1","MeterValues",{"connectorId":1,"transactionId":4711,"meterValue":[{"timestamp":\
                    "2026-11-21T12:00:00.000Z","sampledValue":[{"value":"15234","measurand":\
                    "Energy.Active.Import.Register","unit":"Wh"},{"value":"7.2","measurand":"Power.Active.Import",\
                    "unit":"kW"},{"value":"31.9","measurand":"Current.Import","phase":"L1","unit":"A"},\
                    {"value":"57","measurand":"SoC","location":"EV","unit":"Percent"}]}]}]""",
            "Authorize", """
                    [2,"a-1","Authorize",{"idTag":"04A1B2C3D4E5F6"}]""",
            "StartTransaction", """
                    [2,"t-1","StartTransaction",{"connectorId":1,"idTag":"04A1B2C3D4E5F6","meterStart":12000,\
                    "timestamp":"2026-11-21T12:00:00.000Z"}]""",
            "StopTransaction", """
                    [2,"t-2","StopTransaction",{"transactionId":4711,"idTag":"04A1B2C3D4E5F6","meterStop":19500,\
                    "timestamp":"2026-11-21T12:30:00.000Z","reason":"EVDisconnected","transactionData":[{"timestamp":\
                    "2026-11-21T12:30:00.000Z","sampledValue":[{"value":"19500","context":"Transaction.End",\
                    "measurand":"Energy.Active.Import.Register","unit":"Wh"}]}]}]""");

    private static final Map<String, OcppResponse> ANSWERS = Map.of(
            "BootNotification", new BootNotificationResponse(RegistrationStatus.Accepted, AT, 300),
            "Heartbeat", new HeartbeatResponse(AT),
            "StatusNotification", new StatusNotificationResponse(),
            "MeterValues", new MeterValuesResponse(),
            "Authorize", new AuthorizeResponse(ACCEPTED),
            "StartTransaction", new StartTransactionResponse(ACCEPTED, 4711),
            "StopTransaction", new StopTransactionResponse(ACCEPTED));

    @Param({"Heartbeat", "StatusNotification", "MeterValues", "BootNotification", "Authorize", "StartTransaction",
            "StopTransaction"})
    public String action;

    private final FrameCodec codec = new FrameCodec(OcppVersion.V16);
    private String call;
    private OcppResponse answer;
    private ActionDefinition definition;

    @Setup
    public void prepare() {
        call = CALLS.get(action);
        answer = ANSWERS.get(action);
        definition = Ocpp16Catalog.INSTANCE.find(action).orElseThrow();
    }

    /** Parse, validate into the record, encode the answer, write its frame: what the gateway does per message. */
    @Benchmark
    public String callInAnswerOut() {
        Frame.Call parsed = (Frame.Call) codec.parse(call);
        Object request = OcppJson.decode(parsed.payload(), definition.requestType());
        if (request == null) {
            throw new IllegalStateException("no record for " + action);
        }
        return codec.write(new Frame.CallResult(parsed.messageId(), OcppJson.encode(answer)));
    }

    /** Only reading the frame into a JSON tree, the part every message pays before it is dispatched. */
    @Benchmark
    public Frame parseFrameOnly() {
        return codec.parse(call);
    }
}
