package io.gridcharge.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gridcharge.api.billing.OrderView;
import io.gridcharge.api.billing.TariffRoutes;
import io.gridcharge.api.billing.WalletRoutes;
import io.gridcharge.api.fixtures.TestPlatform;
import io.gridcharge.api.http.Vocabulary;
import io.gridcharge.api.http.WireNames;
import io.gridcharge.api.system.SystemRoutes;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The OpenAPI document is written by hand; these keep it and the server from drifting apart. */
class OpenApiDocumentTest {
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "options", "head", "patch",
            "trace");
    private static final Pattern TEMPLATE = Pattern.compile("\\{([^}]+)}");

    private static TestPlatform platform;
    private static JsonNode document;

    @BeforeAll
    static void start() throws IOException {
        platform = new TestPlatform();
        document = new ObjectMapper().readTree(SystemRoutes.openApiDocument());
    }

    @AfterAll
    static void stop() {
        platform.close();
    }

    @Test
    void everyRouteOfTheServerIsDescribed() {
        assertThat(described()).containsAll(registered());
    }

    @Test
    void everyDescribedOperationIsARouteOfTheServer() {
        assertThat(registered()).containsAll(described());
    }

    @Test
    void exactlyTheOpenRoutesAreDescribedAsNeedingNoToken() {
        Set<String> open = new TreeSet<>();
        for (ApiServer.Route route : platform.server().routes()) {
            if (route.anonymous()) {
                open.add(route.method() + " " + route.path());
            }
        }
        Set<String> documentedOpen = new TreeSet<>();
        operations((key, operation) -> {
            if (operation.has("security") && operation.path("security").isEmpty()) {
                documentedOpen.add(key);
            }
        });

        assertThat(documentedOpen).isEqualTo(open);
    }

    @Test
    void everyOperationThatNeedsATokenSaysItMayAnswer401() {
        operations((key, operation) -> {
            if (!operation.has("security")) {
                assertThat(operation.path("responses").has("401")).as(key).isTrue();
            }
        });
    }

    @Test
    void everyPathParameterIsDeclared() {
        document.path("paths").properties().forEach(path -> {
            Matcher template = TEMPLATE.matcher(path.getKey());
            while (template.find()) {
                String name = template.group(1);
                assertThat(parameterNames(path.getValue().path("parameters"))).as(path.getKey()).contains(name);
            }
        });
    }

    @Test
    void everyReferenceResolves() {
        List<String> references = new ArrayList<>();
        collectReferences(document, references);

        assertThat(references).isNotEmpty().allSatisfy(reference ->
                assertThat(document.at(reference.substring(1)).isMissingNode()).as(reference).isFalse());
    }

    @Test
    void theEnumeratedValuesAreSpelledAsTheServerSpellsThem() {
        assertEnum("RegistrationStatus", Vocabulary.REGISTRATION);
        assertEnum("ConnectorStatus", Vocabulary.CONNECTOR_STATUS);
        assertEnum("TokenStatus", Vocabulary.TOKEN_STATUS);
        assertEnum("TransactionStatus", Vocabulary.TRANSACTION_STATUS);
        assertEnum("ResetType", Vocabulary.RESET_KIND);
        assertEnum("Direction", Vocabulary.DIRECTION);
        assertEnum("Role", Vocabulary.ROLE);
        assertEnum("AuthorizationStatus", Vocabulary.AUTHORIZATION_STATUS);
        assertEnum("LocalListStatus", Vocabulary.LOCAL_LIST_STATUS);
        assertEnum("FirmwareStatus", Vocabulary.FIRMWARE_STATUS);
        assertEnum("DiagnosticsStatus", Vocabulary.DIAGNOSTICS_STATUS);
        assertEnum("ChargingProfilePurpose", Vocabulary.CHARGING_PROFILE_PURPOSE);
        assertEnum("ChargingProfileKind", Vocabulary.CHARGING_PROFILE_KIND);
        assertEnum("RecurrencyKind", Vocabulary.RECURRENCY_KIND);
        assertEnum("ChargingRateUnit", Vocabulary.CHARGING_RATE_UNIT);
        assertEnum("ReservationStatus", Vocabulary.RESERVATION_STATUS);
        assertEnum("MessageTrigger", Vocabulary.TRIGGERED_MESSAGE);
        assertEnum("CertificateUse", Vocabulary.ROOT_CERTIFICATE_KIND);
        assertEnum("ExtendedMessageTrigger", Vocabulary.EXTENDED_TRIGGER_MESSAGE);
        assertEnum("LogType", Vocabulary.LOG_KIND);
        assertEnum("DayType", TariffRoutes.DAY_TYPE);
        assertEnum("WalletStatus", WalletRoutes.STATUS);
        assertEnum("FundingMethod", WalletRoutes.METHOD);
        assertEnum("MovementKind", WalletRoutes.KIND);
        assertEnum("OrderStatus", OrderView.STATUS);
        assertEnum("GuestChargeStatus", io.gridcharge.api.billing.GuestChargeRoutes.STATUS);
    }

    @Test
    void theDocumentIsOpenApi31() {
        assertThat(document.path("openapi").asText()).startsWith("3.1.");
        assertThat(document.path("info").path("title").asText()).isNotBlank();
    }

    private static Set<String> registered() {
        Set<String> routes = new TreeSet<>();
        platform.server().routes().forEach(route -> routes.add(route.method() + " " + route.path()));
        return routes;
    }

    private static Set<String> described() {
        Set<String> operations = new TreeSet<>();
        operations((key, operation) -> operations.add(key));
        return operations;
    }

    private static void operations(BiConsumer<String, JsonNode> visit) {
        document.path("paths").properties().forEach(path -> path.getValue().properties().forEach(operation -> {
            if (METHODS.contains(operation.getKey())) {
                visit.accept(operation.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey(), operation.getValue());
            }
        }));
    }

    private static List<String> parameterNames(JsonNode parameters) {
        List<String> names = new ArrayList<>();
        parameters.forEach(parameter -> {
            JsonNode resolved = parameter.has("$ref")
                    ? document.at(parameter.path("$ref").asText().substring(1)) : parameter;
            if ("path".equals(resolved.path("in").asText())) {
                names.add(resolved.path("name").asText());
            }
        });
        return names;
    }

    private static void collectReferences(JsonNode node, List<String> references) {
        if (node.has("$ref")) {
            references.add(node.path("$ref").asText());
        }
        node.forEach(child -> collectReferences(child, references));
    }

    private static void assertEnum(String schema, WireNames<?> names) {
        List<String> documented = new ArrayList<>();
        document.path("components").path("schemas").path(schema).path("enum").forEach(v -> documented.add(v.asText()));
        assertThat(documented).as(schema).containsExactlyInAnyOrderElementsOf(names.names());
    }
}
