package io.gridcharge.ocpp.v16;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.gridcharge.ocpp.ActionDefinition;
import io.gridcharge.ocpp.OcppRequest;
import io.gridcharge.ocpp.OcppResponse;
import io.gridcharge.ocpp.OcppVersion;
import io.gridcharge.ocpp.Role;
import io.gridcharge.ocpp.json.OcppJson;
import io.gridcharge.ocpp.rpc.Frame;
import io.gridcharge.ocpp.rpc.FrameCodec;
import io.gridcharge.ocpp.rpc.FrameListener;
import io.gridcharge.ocpp.rpc.RpcSession;
import java.time.Duration;
import java.util.ArrayList;
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

/**
 * What we write is what the official OCPP 1.6 JSON schemas accept: a fully populated sample of every request
 * and response in the catalog, written by {@link OcppJson} and sent through real {@link RpcSession}s, checked
 * against the schemas ocpp-rpc ships (the six feature profiles and the Security Whitepaper's messages). And the
 * catalog covers every action those schemas define.
 */
class Ocpp16SchemaConformanceTest {
    /**
     * Optional fields a sample leaves out on purpose, with the reason; every other field the schema defines
     * must be set, so that the schema check covers it.
     */
    private static final Map<String, Set<String>> LEFT_OUT_ON_PURPOSE = Map.of(
            // §5.11: the profile of a remote start has no transaction to name yet; and it is Absolute, not
            // Recurring. Both fields are covered by the SetChargingProfile sample.
            "RemoteStartTransaction.req", Set.of("chargingProfile.transactionId", "chargingProfile.recurrencyKind"));

    private static OfficialSchemas schemas;
    private static ScheduledExecutorService timer;

    @BeforeAll
    static void loadSchemas() {
        schemas = OfficialSchemas.installed();
        timer = Executors.newSingleThreadScheduledExecutor();
    }

    @AfterAll
    static void stopTimer() {
        timer.shutdownNow();
    }

    @Test
    void theCatalogCoversEveryOcpp16ActionOfTheOfficialSchemas() {
        Set<String> missing = new TreeSet<>(schemas.actions());
        missing.removeAll(catalogActionNames());

        assertThat(missing)
                .as("OCPP 1.6 actions with an official schema but no row in Ocpp16Catalog (or no request/response record)")
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
        List<String> withoutSamples = Ocpp16Catalog.INSTANCE.actions().stream()
                .filter(action -> Samples.request(action).isEmpty() || Samples.response(action).isEmpty())
                .map(action -> action.name() + " (add " + Samples.requestMethodName(action)
                        + "() and its response to CoreSamples, ProfileSamples or SecuritySamples)")
                .toList();

        assertThat(withoutSamples).as("actions without samples").isEmpty();
    }

    @TestFactory
    Stream<DynamicTest> everySampleMatchesItsSchema() {
        return samples().map(sample -> DynamicTest.dynamicTest(sample.schemaId(), () ->
                assertThat(schemas.violations(sample.schemaId(), OcppJson.encode(sample.message())))
                        .as("%s written as %s", sample.schemaId(), OcppJson.encode(sample.message()))
                        .isEmpty()));
    }

    @TestFactory
    Stream<DynamicTest> everySampleSetsEveryFieldItsSchemaDefines() {
        return samples().map(sample -> DynamicTest.dynamicTest(sample.schemaId(), () -> {
            Set<String> unset = new TreeSet<>();
            collectUnset(schemas.definition(sample.schemaId()), List.of(OcppJson.encode(sample.message())), "", unset);
            unset.removeAll(LEFT_OUT_ON_PURPOSE.getOrDefault(sample.schemaId(), Set.of()));

            assertThat(unset).as("fields of %s the sample leaves unset", sample.schemaId()).isEmpty();
        }));
    }

    @TestFactory
    Stream<DynamicTest> everySampleReadsBackAsItself() {
        return samples().map(sample -> DynamicTest.dynamicTest(sample.schemaId(), () ->
                assertThat(OcppJson.decode(OcppJson.encode(sample.message()), sample.message().getClass()))
                        .isEqualTo(sample.message())));
    }

    /** Our own sessions, both roles, send only frames the schemas accept: calls and their results. */
    @TestFactory
    Stream<DynamicTest> everyFrameOurSessionsSendMatchesItsSchema() {
        return Ocpp16Catalog.INSTANCE.actions().stream()
                .filter(action -> Samples.request(action).isPresent() && Samples.response(action).isPresent())
                .map(action -> DynamicTest.dynamicTest(action.name(), () -> exchangeChecked(action)));
    }

    private void exchangeChecked(ActionDefinition action) throws Exception {
        FrameCodec codec = new FrameCodec(OcppVersion.V16);
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
        OcppResponse response = (OcppResponse) Samples.response(action).orElseThrow();
        OcppRequest<?> request = (OcppRequest<?>) Samples.request(action).orElseThrow();
        Role sender = action.direction().isSentBy(Role.STATION) ? Role.STATION : Role.CSMS;
        Role receiver = sender == Role.STATION ? Role.CSMS : Role.STATION;

        RpcSession[] receiving = new RpcSession[1];
        RpcSession sending = RpcSession.builder(Ocpp16Catalog.INSTANCE, sender)
                .frameSink(text -> receiving[0].onText(text))
                .callHandler((name, ignored) -> {
                    throw new AssertionError("no call expected");
                })
                .callTimeout(Duration.ofSeconds(5), timer)
                .frameListener(checker)
                .build();
        receiving[0] = RpcSession.builder(Ocpp16Catalog.INSTANCE, receiver)
                .frameSink(sending::onText)
                .callHandler((name, received) -> response)
                .callTimeout(Duration.ofSeconds(5), timer)
                .frameListener(checker)
                .build();

        Object answer = sending.call(request).get(5, TimeUnit.SECONDS);

        assertThat(answer).isEqualTo(response);
        assertThat(complaints).isEmpty();
    }

    /**
     * Adds to {@code unset} the path of every property the schema defines that none of the given JSON values
     * sets; into arrays of objects, a property counts as set when any element sets it.
     */
    private static void collectUnset(JsonNode schema, List<JsonNode> values, String path, Set<String> unset) {
        JsonNode properties = schema.get("properties");
        if (properties == null) {
            return;
        }
        for (Map.Entry<String, JsonNode> field : properties.properties()) {
            String fieldPath = path.isEmpty() ? field.getKey() : path + "." + field.getKey();
            List<JsonNode> present = new ArrayList<>();
            for (JsonNode value : values) {
                JsonNode child = value.get(field.getKey());
                if (child != null && !child.isNull()) {
                    present.add(child);
                }
            }
            if (present.isEmpty()) {
                unset.add(fieldPath);
                continue;
            }
            JsonNode fieldSchema = field.getValue();
            if (fieldSchema.has("properties")) {
                collectUnset(fieldSchema, present, fieldPath, unset);
            } else if (fieldSchema.has("items") && fieldSchema.get("items").has("properties")) {
                List<JsonNode> elements = new ArrayList<>();
                present.forEach(array -> array.forEach(elements::add));
                collectUnset(fieldSchema.get("items"), elements, fieldPath, unset);
            }
        }
    }

    private static Set<String> catalogActionNames() {
        Set<String> names = new TreeSet<>();
        Ocpp16Catalog.INSTANCE.actions().forEach(action -> names.add(action.name()));
        return names;
    }

    private static Stream<Sample> samples() {
        return Ocpp16Catalog.INSTANCE.actions().stream().flatMap(action -> Stream.of(
                        Samples.request(action).map(message -> new Sample(action.name() + ".req", message)),
                        Samples.response(action).map(message -> new Sample(action.name() + ".conf", message)))
                .flatMap(Optional::stream));
    }

    private record Sample(String schemaId, Object message) {
    }
}
