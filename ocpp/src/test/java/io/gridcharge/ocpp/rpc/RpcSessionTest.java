package io.gridcharge.ocpp.rpc;

import static io.gridcharge.ocpp.v16.CoreSamples.bootNotificationRequest;
import static io.gridcharge.ocpp.v16.CoreSamples.bootNotificationResponse;
import static io.gridcharge.ocpp.v16.CoreSamples.resetRequest;
import static io.gridcharge.ocpp.v16.CoreSamples.unlockConnectorRequest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gridcharge.ocpp.ErrorCode;
import io.gridcharge.ocpp.OcppCallException;
import io.gridcharge.ocpp.OcppRequest;
import io.gridcharge.ocpp.OcppResponse;
import io.gridcharge.ocpp.OcppVersion;
import io.gridcharge.ocpp.Role;
import io.gridcharge.ocpp.json.OcppJson;
import io.gridcharge.ocpp.v16.Ocpp16Catalog;
import io.gridcharge.ocpp.v16.core.BootNotificationRequest;
import io.gridcharge.ocpp.v16.core.BootNotificationResponse;
import io.gridcharge.ocpp.v16.core.HeartbeatResponse;
import io.gridcharge.ocpp.v16.core.RegistrationStatus;
import io.gridcharge.ocpp.v16.core.ResetResponse;
import io.gridcharge.ocpp.v16.core.ResetStatus;
import io.gridcharge.ocpp.v16.core.UnlockConnectorRequest;
import io.gridcharge.ocpp.v16.core.UnlockConnectorResponse;
import io.gridcharge.ocpp.validation.PayloadViolation;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class RpcSessionTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final Instant NOON = Instant.parse("2025-03-01T12:00:00Z");

    private final FrameCodec codec = new FrameCodec(OcppVersion.V16);
    private final List<String> sent = new CopyOnWriteArrayList<>();
    private final List<String> journal = new CopyOnWriteArrayList<>();
    private final ManualTimer timer = new ManualTimer();

    private RpcSession session(Role role, CallHandler handler) {
        return RpcSession.builder(Ocpp16Catalog.INSTANCE, role)
                .frameSink(sent::add)
                .callHandler(handler)
                .callTimeout(TIMEOUT, timer)
                .frameListener((direction, text, frame, broken) -> journal.add(direction + " " + text))
                .stationId("CP-0042")
                .build();
    }

    private static OcppResponse acceptEveryBoot(String action, OcppRequest<?> request) {
        if (request instanceof BootNotificationRequest) {
            return new BootNotificationResponse(RegistrationStatus.Accepted, NOON, 300);
        }
        return new HeartbeatResponse(NOON);
    }

    private Frame lastSent() {
        return codec.parse(sent.getLast());
    }

    @Nested
    class AnsweringCalls {
        private final RpcSession csms = session(Role.CSMS, RpcSessionTest::acceptEveryBoot);

        @Test
        void answersAValidCallWithTheHandlersResponse() {
            csms.onText("[2,\"b-1\",\"BootNotification\",{\"chargePointVendor\":\"ACME\",\"chargePointModel\":\"AC22\"}]");

            assertThat(sent).containsExactly(
                    "[3,\"b-1\",{\"status\":\"Accepted\",\"currentTime\":\"2025-03-01T12:00:00Z\",\"interval\":300}]");
        }

        @Test
        void answersAMessageWithoutPayloadFieldsWithItsResponse() {
            csms.onText("[2,\"h-1\",\"Heartbeat\",{}]");

            assertThat(sent).containsExactly("[3,\"h-1\",{\"currentTime\":\"2025-03-01T12:00:00Z\"}]");
        }

        @Test
        void answersUnknownActionWithNotImplemented() {
            csms.onText("[2,\"x-1\",\"BookParkingSpace\",{}]");

            assertErrorAnswer("x-1", "NotImplemented");
        }

        @Test
        void answersAStationSendingRemoteStartTransactionWithNotSupported() {
            csms.onText("[2,\"x-2\",\"RemoteStartTransaction\",{\"idTag\":\"04A2B3C4\"}]");

            assertErrorAnswer("x-2", "NotSupported");
        }

        @Test
        void answersAFieldOfTheWrongTypeWithTypeConstraintViolation() {
            csms.onText("[2,\"x-3\",\"StatusNotification\",{\"connectorId\":\"abc\",\"errorCode\":\"NoError\",\"status\":\"Available\"}]");

            assertErrorAnswer("x-3", "TypeConstraintViolation");
            assertThat(((Frame.CallError) lastSent()).details().get("field").textValue()).isEqualTo("connectorId");
        }

        @Test
        void answersAStringWhereAnObjectBelongsWithTypeConstraintViolation() {
            csms.onText("[2,\"x-4\",\"MeterValues\",{\"connectorId\":1,\"meterValue\":[\"12.5 kWh\"]}]");

            assertErrorAnswer("x-4", "TypeConstraintViolation");
        }

        @Test
        void answersAMissingRequiredFieldWithOccurenceConstraintViolationSpelledAsOcpp16SpellsIt() {
            csms.onText("[2,\"x-5\",\"BootNotification\",{\"chargePointVendor\":\"ACME\"}]");

            assertErrorAnswer("x-5", "OccurenceConstraintViolation");
            assertThat(((Frame.CallError) lastSent()).description()).isEqualTo("chargePointModel: is required");
        }

        @Test
        void answersAnUnknownEnumValueWithPropertyConstraintViolation() {
            csms.onText("[2,\"x-6\",\"StatusNotification\",{\"connectorId\":1,\"errorCode\":\"NoError\",\"status\":\"Sleeping\"}]");

            assertErrorAnswer("x-6", "PropertyConstraintViolation");
        }

        @Test
        void answersATooLongStringWithPropertyConstraintViolation() {
            csms.onText("[2,\"x-7\",\"Authorize\",{\"idTag\":\"04A2B3C4D5E6F7A8B9C0D1\"}]");

            assertErrorAnswer("x-7", "PropertyConstraintViolation");
        }

        @Test
        void answersAnUnknownPropertyWithFormationViolation() {
            csms.onText("[2,\"x-8\",\"Authorize\",{\"idTag\":\"04A2B3C4\",\"pin\":\"1234\"}]");

            assertErrorAnswer("x-8", "FormationViolation");
        }

        @Test
        void answersTextThatIsNotJsonWithFormationViolationUnderMessageIdMinusOne() {
            csms.onText("BootNotification please");

            assertErrorAnswer(RpcSession.UNKNOWN_MESSAGE_ID, "FormationViolation");
        }

        @Test
        void answersATruncatedCallWithProtocolErrorUnderItsOwnId() {
            csms.onText("[2,\"x-9\",\"Heartbeat\"]");

            assertErrorAnswer("x-9", "ProtocolError");
        }

        @Test
        void answersAnUnknownMessageTypeWithGenericError() {
            csms.onText("[6,\"x-10\",\"Heartbeat\",{}]");

            assertErrorAnswer("x-10", "GenericError");
        }

        @Test
        void answersWithTheCodeTheHandlerChose() {
            RpcSession refusing = session(Role.CSMS, (action, request) -> {
                throw new OcppCallException(ErrorCode.SECURITY_ERROR, "Station not registered");
            });

            refusing.onText("[2,\"x-11\",\"Heartbeat\",{}]");

            assertThat(sent).containsExactly("[4,\"x-11\",\"SecurityError\",\"Station not registered\",{}]");
        }

        @Test
        void answersAHandlerCrashWithInternalErrorWithoutRevealingIt() {
            RpcSession crashing = session(Role.CSMS, (action, request) -> {
                throw new IllegalStateException("connection pool exhausted: jdbc:postgresql://db.internal/gridcharge");
            });

            crashing.onText("[2,\"x-12\",\"Heartbeat\",{}]");

            assertThat(sent).containsExactly("[4,\"x-12\",\"InternalError\",\"Internal error while handling Heartbeat\",{}]");
        }

        @Test
        void answersAHandlerThatRespondsToTheWrongActionWithInternalError() {
            RpcSession confused = session(Role.CSMS, (action, request) -> new HeartbeatResponse(NOON));

            confused.onText("[2,\"x-13\",\"Authorize\",{\"idTag\":\"04A2B3C4\"}]");

            assertErrorAnswer("x-13", "InternalError");
        }

        @Test
        void answersAHandlerThatBuildsAnInvalidResponseWithInternalErrorNotAsThePeersFault() {
            RpcSession sloppy = session(Role.CSMS, (action, request) -> new HeartbeatResponse(null));

            sloppy.onText("[2,\"x-14\",\"Heartbeat\",{}]");

            assertErrorAnswer("x-14", "InternalError");
        }

        @Test
        void doesNotAnswerAMalformedAnswer() {
            csms.onText("[3,\"x-15\"]");
            csms.onText("[4,\"x-16\",\"NotImplemented\"]");

            assertThat(sent).isEmpty();
        }

        @Test
        void journalsEveryFrameInAndOut() {
            csms.onText("[2,\"h-2\",\"Heartbeat\",{}]");

            assertThat(journal).containsExactly(
                    "IN [2,\"h-2\",\"Heartbeat\",{}]",
                    "OUT [3,\"h-2\",{\"currentTime\":\"2025-03-01T12:00:00Z\"}]");
        }

        @Test
        void keepsWorkingWhenTheJournalFails() {
            RpcSession session = RpcSession.builder(Ocpp16Catalog.INSTANCE, Role.CSMS)
                    .frameSink(sent::add)
                    .callHandler(RpcSessionTest::acceptEveryBoot)
                    .callTimeout(TIMEOUT, timer)
                    .frameListener((direction, text, frame, broken) -> {
                        throw new IllegalStateException("disk full");
                    })
                    .build();

            session.onText("[2,\"h-3\",\"Heartbeat\",{}]");

            assertThat(sent).hasSize(1);
        }

        private void assertErrorAnswer(String messageId, String wireCode) {
            assertThat(sent).hasSize(1);
            JsonNode frame = readTree(sent.getFirst());
            assertThat(frame.get(0).intValue()).isEqualTo(4);
            assertThat(frame.get(1).textValue()).isEqualTo(messageId);
            assertThat(frame.get(2).textValue()).isEqualTo(wireCode);
            assertThat(frame.get(4).isObject()).isTrue();
        }
    }

    @Nested
    class MakingCalls {
        private final RpcSession csms = session(Role.CSMS, RpcSessionTest::acceptEveryBoot);

        @Test
        void sendsACallAndCompletesItWithTheDecodedResponse() throws Exception {
            CompletableFuture<ResetResponse> reset = csms.call(resetRequest());

            Frame.Call call = (Frame.Call) lastSent();
            assertThat(call.action()).isEqualTo("Reset");
            assertThat(call.payload().toString()).isEqualTo("{\"type\":\"Soft\"}");

            csms.onText("[3,\"" + call.messageId() + "\",{\"status\":\"Accepted\"}]");

            assertThat(reset.get()).isEqualTo(new ResetResponse(ResetStatus.Accepted));
        }

        @Test
        void sendsTheSecondCallOnlyWhenTheFirstIsAnswered() {
            CompletableFuture<ResetResponse> first = csms.call(resetRequest());
            CompletableFuture<UnlockConnectorResponse> second = csms.call(unlockConnectorRequest());

            assertThat(sent).hasSize(1);
            assertThat(csms.pendingCalls()).isEqualTo(2);

            answer(lastSent(), "{\"status\":\"Accepted\"}");

            assertThat(first).isCompleted();
            assertThat(sent).hasSize(2);
            assertThat(((Frame.Call) lastSent()).action()).isEqualTo("UnlockConnector");
            assertThat(second).isNotDone();
        }

        @Test
        void sendsQueuedCallsInTheOrderTheyWereMade() {
            List<String> connectorIds = new ArrayList<>();
            for (int connector = 1; connector <= 5; connector++) {
                csms.call(new UnlockConnectorRequest(connector));
            }
            for (int i = 0; i < 5; i++) {
                Frame.Call call = (Frame.Call) lastSent();
                connectorIds.add(call.payload().get("connectorId").asText());
                answer(call, "{\"status\":\"Unlocked\"}");
            }

            assertThat(connectorIds).containsExactly("1", "2", "3", "4", "5");
        }

        @Test
        void givesEveryCallItsOwnMessageIdOfAtMost36Characters() {
            for (int i = 0; i < 3; i++) {
                csms.call(resetRequest());
                answer(lastSent(), "{\"status\":\"Accepted\"}");
            }

            List<String> ids = sent.stream().map(text -> codec.parse(text).messageId()).toList();
            assertThat(ids).doesNotHaveDuplicates().allSatisfy(id -> assertThat(id).hasSizeLessThanOrEqualTo(36));
        }

        @Test
        void failsACallAnsweredWithACallError() {
            CompletableFuture<ResetResponse> reset = csms.call(resetRequest());

            csms.onText("[4,\"" + lastSent().messageId() + "\",\"NotSupported\",\"Reset is disabled\",{\"hint\":\"ask the owner\"}]");

            CallErrorException error = failureOf(reset, CallErrorException.class);
            assertThat(error.code()).isEqualTo(ErrorCode.NOT_SUPPORTED);
            assertThat(error.description()).isEqualTo("Reset is disabled");
            assertThat(error.details().get("hint").textValue()).isEqualTo("ask the owner");
        }

        @Test
        void failsACallWhoseAnswerBreaksTheSchema() {
            CompletableFuture<ResetResponse> reset = csms.call(resetRequest());

            answer(lastSent(), "{\"status\":\"Maybe\"}");

            PayloadViolation violation = failureOf(reset, PayloadViolation.class);
            assertThat(violation.code()).isEqualTo(ErrorCode.PROPERTY_CONSTRAINT_VIOLATION);
            assertThat(violation.field()).isEqualTo("status");
        }

        @Test
        void failsACallWhoseAnswerIsMalformedAndSendsTheNext() {
            CompletableFuture<ResetResponse> reset = csms.call(resetRequest());
            csms.call(unlockConnectorRequest());

            csms.onText("[3,\"" + lastSent().messageId() + "\",{},{}]");

            assertThat(failureOf(reset, FrameException.class).code()).isEqualTo(ErrorCode.FORMATION_VIOLATION);
            assertThat(((Frame.Call) lastSent()).action()).isEqualTo("UnlockConnector");
        }

        @Test
        void timesOutACallAndSendsTheNextOne() {
            CompletableFuture<ResetResponse> reset = csms.call(resetRequest());
            CompletableFuture<UnlockConnectorResponse> unlock = csms.call(unlockConnectorRequest());

            timer.advance(TIMEOUT.minusSeconds(1));
            assertThat(reset).isNotDone();

            timer.advance(Duration.ofSeconds(1));

            failureOf(reset, CallTimeoutException.class);
            assertThat(((Frame.Call) lastSent()).action()).isEqualTo("UnlockConnector");
            answer(lastSent(), "{\"status\":\"Unlocked\"}");
            assertThat(unlock).isCompleted();
        }

        @Test
        void startsTheTimeoutOfAQueuedCallWhenItIsSent() {
            csms.call(resetRequest());
            timer.advance(TIMEOUT.minusSeconds(5));
            CompletableFuture<UnlockConnectorResponse> unlock = csms.call(unlockConnectorRequest());

            answer(lastSent(), "{\"status\":\"Accepted\"}");
            timer.advance(Duration.ofSeconds(10));

            assertThat(unlock).isNotDone();
        }

        @Test
        void dropsAnAnswerThatArrivesAfterItsCallTimedOut() {
            CompletableFuture<ResetResponse> reset = csms.call(resetRequest());
            String lateId = lastSent().messageId();
            CompletableFuture<UnlockConnectorResponse> unlock = csms.call(unlockConnectorRequest());
            timer.advance(TIMEOUT);

            csms.onText("[3,\"" + lateId + "\",{\"status\":\"Accepted\"}]");

            failureOf(reset, CallTimeoutException.class);
            assertThat(unlock).isNotDone();
            assertThat(sent).hasSize(2);
        }

        @Test
        void dropsAnAnswerToACallNeverMade() {
            CompletableFuture<ResetResponse> reset = csms.call(resetRequest());

            csms.onText("[3,\"never-sent\",{\"status\":\"Accepted\"}]");
            csms.onText("[4,\"never-sent\",\"GenericError\",\"\",{}]");

            assertThat(reset).isNotDone();
            assertThat(sent).hasSize(1);
        }

        @Test
        void refusesACallWhenTooManyAreWaiting() {
            RpcSession small = RpcSession.builder(Ocpp16Catalog.INSTANCE, Role.CSMS)
                    .frameSink(sent::add)
                    .callHandler(RpcSessionTest::acceptEveryBoot)
                    .callTimeout(TIMEOUT, timer)
                    .maxQueuedCalls(2)
                    .build();
            small.call(resetRequest());
            small.call(resetRequest());
            small.call(resetRequest());

            CompletableFuture<ResetResponse> fourth = small.call(resetRequest());

            failureOf(fourth, CallQueueFullException.class);
            assertThat(small.pendingCalls()).isEqualTo(3);
        }

        @Test
        void failsOutstandingAndQueuedCallsWhenClosed() {
            CompletableFuture<ResetResponse> outstanding = csms.call(resetRequest());
            CompletableFuture<UnlockConnectorResponse> queued = csms.call(unlockConnectorRequest());

            csms.close();

            failureOf(outstanding, SessionClosedException.class);
            failureOf(queued, SessionClosedException.class);
            failureOf(csms.call(resetRequest()), SessionClosedException.class);
            assertThat(sent).hasSize(1);
            assertThat(timer.scheduledTasks()).isZero();
        }

        @Test
        void failsACallTheSinkCannotSendAndSendsTheNext() {
            List<String> delivered = new ArrayList<>();
            RpcSession flaky = RpcSession.builder(Ocpp16Catalog.INSTANCE, Role.CSMS)
                    .frameSink(text -> {
                        if (text.contains("Reset")) {
                            throw new IllegalStateException("channel closed");
                        }
                        delivered.add(text);
                    })
                    .callHandler(RpcSessionTest::acceptEveryBoot)
                    .callTimeout(TIMEOUT, timer)
                    .build();

            CompletableFuture<ResetResponse> reset = flaky.call(resetRequest());
            flaky.call(unlockConnectorRequest());

            assertThat(failureOf(reset, IllegalStateException.class)).hasMessage("channel closed");
            assertThat(delivered).singleElement().asString().contains("UnlockConnector");
        }

        @Test
        void refusesToSendAnActionOfTheOtherRole() {
            assertThatThrownBy(() -> csms.call(bootNotificationRequest()))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("BootNotification");
            assertThat(sent).isEmpty();
        }

        @Test
        void passesARawPayloadThroughAndCompletesWithTheRawAnswer() throws Exception {
            CompletableFuture<JsonNode> answer = csms.callRaw("ChangeAvailability",
                    object("{\"connectorId\":0,\"type\":\"Inoperative\"}"));

            Frame.Call call = (Frame.Call) lastSent();
            assertThat(call.payload()).isEqualTo(object("{\"connectorId\":0,\"type\":\"Inoperative\"}"));
            answer(call, "{\"status\":\"Scheduled\"}");

            assertThat(answer.get()).isEqualTo(object("{\"status\":\"Scheduled\"}"));
        }

        @Test
        void refusesAnInvalidRawPayloadBeforeSendingAnything() {
            PayloadViolation violation = catchThrowableOfType(PayloadViolation.class,
                    () -> csms.callRaw("ChangeAvailability", object("{\"connectorId\":0,\"type\":\"Broken\"}")));

            assertThat(violation.code()).isEqualTo(ErrorCode.PROPERTY_CONSTRAINT_VIOLATION);
            assertThat(violation.field()).isEqualTo("type");
            assertThat(sent).isEmpty();
        }

        @Test
        void refusesARawCallForAnUnknownAction() {
            assertThatThrownBy(() -> csms.callRaw("SelfDestruct", object("{}")))
                    .isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void sendsOneCallAtATimeWhenManyThreadsCall() throws Exception {
            var peer = Executors.newSingleThreadExecutor();
            var inFlight = new AtomicInteger();
            var overlaps = new AtomicInteger();
            RpcSession[] holder = new RpcSession[1];
            RpcSession busy = RpcSession.builder(Ocpp16Catalog.INSTANCE, Role.CSMS)
                    .frameSink(text -> {
                        if (inFlight.incrementAndGet() > 1) {
                            overlaps.incrementAndGet();
                        }
                        peer.execute(() -> {
                            inFlight.decrementAndGet();
                            holder[0].onText("[3,\"" + codec.parse(text).messageId() + "\",{\"status\":\"Accepted\"}]");
                        });
                    })
                    .callHandler(RpcSessionTest::acceptEveryBoot)
                    .callTimeout(TIMEOUT, timer)
                    .build();
            holder[0] = busy;
            var callers = Executors.newFixedThreadPool(8);
            List<CompletableFuture<ResetResponse>> calls = Collections.synchronizedList(new ArrayList<>());
            try {
                for (int thread = 0; thread < 8; thread++) {
                    callers.execute(() -> {
                        for (int i = 0; i < 50; i++) {
                            calls.add(busy.call(resetRequest()));
                        }
                    });
                }
                callers.shutdown();
                assertThat(callers.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
                CompletableFuture.allOf(calls.toArray(CompletableFuture[]::new)).get(10, TimeUnit.SECONDS);
            } finally {
                peer.shutdownNow();
            }

            assertThat(calls).hasSize(400);
            assertThat(overlaps).hasValue(0);
        }

        private void answer(Frame call, String payload) {
            csms.onText("[3,\"" + call.messageId() + "\"," + payload + "]");
        }
    }

    @Test
    void aStationAndACentralSystemExchangeABootNotification() throws Exception {
        var toCsms = Executors.newSingleThreadExecutor();
        var toStation = Executors.newSingleThreadExecutor();
        RpcSession[] csms = new RpcSession[1];
        RpcSession[] station = new RpcSession[1];
        List<BootNotificationRequest> bootsSeen = new CopyOnWriteArrayList<>();
        try (var timers = Executors.newSingleThreadScheduledExecutor()) {
            csms[0] = RpcSession.builder(Ocpp16Catalog.INSTANCE, Role.CSMS)
                    .frameSink(text -> toStation.execute(() -> station[0].onText(text)))
                    .callHandler((action, request) -> {
                        bootsSeen.add((BootNotificationRequest) request);
                        return bootNotificationResponse();
                    })
                    .callTimeout(TIMEOUT, timers)
                    .stationId("CP-0042")
                    .build();
            station[0] = RpcSession.builder(Ocpp16Catalog.INSTANCE, Role.STATION)
                    .frameSink(text -> toCsms.execute(() -> csms[0].onText(text)))
                    .callHandler((action, request) -> new ResetResponse(ResetStatus.Rejected))
                    .callTimeout(TIMEOUT, timers)
                    .stationId("CP-0042")
                    .build();

            BootNotificationResponse registered = station[0].call(bootNotificationRequest()).get(10, TimeUnit.SECONDS);
            ResetResponse reset = csms[0].call(resetRequest()).get(10, TimeUnit.SECONDS);

            assertThat(registered).isEqualTo(bootNotificationResponse());
            assertThat(bootsSeen).containsExactly(bootNotificationRequest());
            assertThat(reset.status()).isEqualTo(ResetStatus.Rejected);
        } finally {
            toCsms.shutdownNow();
            toStation.shutdownNow();
        }
    }

    private static <T extends Throwable> T failureOf(CompletableFuture<?> future, Class<T> type) {
        assertThat(future).isCompletedExceptionally();
        ExecutionException failure = catchThrowableOfType(ExecutionException.class, () -> future.get(0, TimeUnit.SECONDS));
        assertThat(failure.getCause()).isInstanceOf(type);
        return type.cast(failure.getCause());
    }

    private static JsonNode readTree(String text) {
        try {
            return OcppJson.mapper().readTree(text);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static ObjectNode object(String json) {
        return (ObjectNode) readTree(json);
    }
}
