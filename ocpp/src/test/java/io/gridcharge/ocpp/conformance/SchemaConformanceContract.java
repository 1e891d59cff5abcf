package io.gridcharge.ocpp.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import io.gridcharge.ocpp.ActionCatalog;
import io.gridcharge.ocpp.ActionDefinition;
import io.gridcharge.ocpp.OcppRequest;
import io.gridcharge.ocpp.OcppResponse;
import io.gridcharge.ocpp.Role;
import io.gridcharge.ocpp.json.OcppJson;
import io.gridcharge.ocpp.rpc.Frame;
import io.gridcharge.ocpp.rpc.FrameCodec;
import io.gridcharge.ocpp.rpc.FrameListener;
import io.gridcharge.ocpp.rpc.RpcSession;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;

/**
 * What we write is what the official JSON schemas of a version accept: a fully populated sample of every
 * request and response in the version's catalog, written by {@link OcppJson} and sent through real
 * {@link RpcSession}s, checked against the schemas ocpp-rpc ships. And the catalog covers every action those
 * schemas define. A version's test names its catalog, schemas and samples.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class SchemaConformanceContract {
    private OfficialSchemas schemas;
    private ScheduledExecutorService timer;

    protected abstract ActionCatalog catalog();

    protected abstract OfficialSchemas loadSchemas();

    protected abstract MessageSamples samples();

    /**
     * Optional fields a sample leaves out on purpose, by schema id, with the reason in the subclass; every
     * other field the schema defines must be set, so that the schema check covers it.
     */
    protected Map<String, Set<String>> leftOutOnPurpose() {
        return Map.of();
    }

    @BeforeAll
    void loadSchemasAndTimer() {
        schemas = loadSchemas();
        timer = Executors.newSingleThreadScheduledExecutor();
    }

    @AfterAll
    void stopTimer() {
        timer.shutdownNow();
    }

    @Test
    void theCatalogCoversEveryActionOfTheOfficialSchemas() {
        Set<String> missing = new TreeSet<>(schemas.actions());
        missing.removeAll(catalogActionNames());

        assertThat(missing)
                .as("actions with an official schema but no row in the catalog (or no request/response record)")
                .isEmpty();
    }

    @Test
    void everyCatalogActionHasBothOfficialSchemas() {
        for (String action : catalogActionNames()) {
            assertThat(schemas.ids()).as(action).contains(action + ".req", action + ".conf");
        }
    }

    @Test
    void everyCatalogActionHasARequestAndAResponseSample() {
        List<String> withoutSamples = catalog().actions().stream()
                .filter(action -> samples().request(action).isEmpty() || samples().response(action).isEmpty())
                .map(action -> action.name() + " (add " + samples().requestMethodName(action)
                        + "() and its response to " + samples().sampleClassNames() + ")")
                .toList();

        assertThat(withoutSamples).as("actions without samples").isEmpty();
    }

    @Test
    void namesEveryRequestAfterItsActionAndAnswersItWithTheResponseItDeclares() {
        for (ActionDefinition action : catalog().actions()) {
            assertThat(action.requestType().getSimpleName()).isEqualTo(action.name() + "Request");
            assertThat(action.responseType().getSimpleName()).isEqualTo(action.name() + "Response");
            assertThat(declaredResponse(action.requestType())).as(action.name()).isEqualTo(action.responseType());
        }
    }

    @TestFactory
    Stream<DynamicTest> everySampleMatchesItsSchema() {
        return everySample().map(sample -> DynamicTest.dynamicTest(sample.schemaId(), () ->
                assertThat(schemas.violations(sample.schemaId(), OcppJson.encode(sample.message())))
                        .as("%s written as %s", sample.schemaId(), OcppJson.encode(sample.message()))
                        .isEmpty()));
    }

    @TestFactory
    Stream<DynamicTest> everySampleSetsEveryFieldItsSchemaDefines() {
        return everySample().map(sample -> DynamicTest.dynamicTest(sample.schemaId(), () -> {
            Set<String> unset = schemas.unsetFields(sample.schemaId(), OcppJson.encode(sample.message()));
            unset.removeAll(leftOutOnPurpose().getOrDefault(sample.schemaId(), Set.of()));

            assertThat(unset).as("fields of %s the sample leaves unset", sample.schemaId()).isEmpty();
        }));
    }

    @TestFactory
    Stream<DynamicTest> everySampleReadsBackAsItself() {
        return everySample().map(sample -> DynamicTest.dynamicTest(sample.schemaId(), () ->
                assertThat(OcppJson.decode(OcppJson.encode(sample.message()), sample.message().getClass()))
                        .isEqualTo(sample.message())));
    }

    /** Our own sessions, both roles, send only frames the schemas accept: calls and their results. */
    @TestFactory
    Stream<DynamicTest> everyFrameOurSessionsSendMatchesItsSchema() {
        return catalog().actions().stream()
                .filter(action -> samples().request(action).isPresent() && samples().response(action).isPresent())
                .map(action -> DynamicTest.dynamicTest(action.name(), () -> exchangeChecked(action)));
    }

    private void exchangeChecked(ActionDefinition action) throws Exception {
        FrameCodec codec = new FrameCodec(catalog().version());
        Map<String, String> actionOfMessage = new ConcurrentHashMap<>();
        List<String> complaints = new CopyOnWriteArrayList<>();
        FrameListener checker = (direction, text, parsed, broken) -> {
            Frame frame = codec.parse(text);
            switch (frame) {
                case Frame.Call call -> {
                    actionOfMessage.put(call.messageId(), call.action());
                    complaints.addAll(schemas.violations(call.action() + ".req", call.payload()));
                }
                case Frame.CallResult result ->
                        complaints.addAll(schemas.violations(actionOfMessage.get(result.messageId()) + ".conf", result.payload()));
                case Frame.CallError error -> complaints.add("CALLERROR " + text);
            }
        };
        OcppResponse response = (OcppResponse) samples().response(action).orElseThrow();
        OcppRequest<?> request = (OcppRequest<?>) samples().request(action).orElseThrow();
        Role sender = action.direction().isSentBy(Role.STATION) ? Role.STATION : Role.CSMS;
        Role receiver = sender == Role.STATION ? Role.CSMS : Role.STATION;

        RpcSession[] receiving = new RpcSession[1];
        RpcSession sending = RpcSession.builder(catalog(), sender)
                .frameSink(text -> receiving[0].onText(text))
                .callHandler((name, ignored) -> {
                    throw new AssertionError("no call expected");
                })
                .callTimeout(Duration.ofSeconds(5), timer)
                .frameListener(checker)
                .build();
        receiving[0] = RpcSession.builder(catalog(), receiver)
                .frameSink(sending::onText)
                .callHandler((name, received) -> response)
                .callTimeout(Duration.ofSeconds(5), timer)
                .frameListener(checker)
                .build();

        Object answer = sending.call(request).get(5, TimeUnit.SECONDS);

        assertThat(answer).isEqualTo(response);
        assertThat(complaints).isEmpty();
    }

    private static Type declaredResponse(Class<?> requestType) {
        return Arrays.stream(requestType.getGenericInterfaces())
                .map(ParameterizedType.class::cast)
                .filter(type -> type.getRawType() == OcppRequest.class)
                .findFirst().orElseThrow()
                .getActualTypeArguments()[0];
    }

    private Set<String> catalogActionNames() {
        Set<String> names = new TreeSet<>();
        catalog().actions().forEach(action -> names.add(action.name()));
        return names;
    }

    private Stream<Sample> everySample() {
        return catalog().actions().stream().flatMap(action -> Stream.of(
                        samples().request(action).map(message -> new Sample(action.name() + ".req", message)),
                        samples().response(action).map(message -> new Sample(action.name() + ".conf", message)))
                .flatMap(Optional::stream));
    }

    private record Sample(String schemaId, Object message) {
    }
}
