package io.gridcharge.ocpp.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.gridcharge.ocpp.ErrorCode;
import io.gridcharge.ocpp.OcppVersion;
import io.gridcharge.ocpp.v16.core.BootNotificationRequest;
import io.gridcharge.ocpp.v16.core.BootNotificationResponse;
import io.gridcharge.ocpp.v16.core.GetConfigurationResponse;
import io.gridcharge.ocpp.v16.core.HeartbeatRequest;
import io.gridcharge.ocpp.v16.core.KeyValue;
import io.gridcharge.ocpp.v16.core.Measurand;
import io.gridcharge.ocpp.v16.core.MeterValuesRequest;
import io.gridcharge.ocpp.v16.core.Phase;
import io.gridcharge.ocpp.v16.core.ReadingContext;
import io.gridcharge.ocpp.v16.core.RegistrationStatus;
import io.gridcharge.ocpp.v16.core.StartTransactionRequest;
import io.gridcharge.ocpp.v16.core.StartTransactionResponse;
import io.gridcharge.ocpp.v16.core.StatusNotificationRequest;
import io.gridcharge.ocpp.v16.core.StopTransactionRequest;
import io.gridcharge.ocpp.v16.core.UnitOfMeasure;
import io.gridcharge.ocpp.v16.smartcharging.SetChargingProfileRequest;
import io.gridcharge.ocpp.validation.PayloadViolation;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OcppJsonTest {

    private static JsonNode json(String text) throws Exception {
        return OcppJson.mapper().readTree(text);
    }

    private static PayloadViolation violationOf(String payload, Class<?> type) throws Exception {
        JsonNode node = json(payload);
        try {
            OcppJson.decode(node, type);
        } catch (PayloadViolation violation) {
            return violation;
        }
        throw new AssertionError("decoded without a violation: " + payload);
    }

    @Nested
    class Writing {
        @Test
        void writesDateTimesAsUtcIsoStringsToTheMillisecond() {
            var response = new BootNotificationResponse(RegistrationStatus.Accepted,
                    Instant.parse("2025-03-01T08:15:30.123456789Z"), 300);

            assertThat(OcppJson.encode(response).toString())
                    .isEqualTo("{\"status\":\"Accepted\",\"currentTime\":\"2025-03-01T08:15:30.123Z\",\"interval\":300}");
        }

        @Test
        void leavesAbsentOptionalFieldsOut() {
            assertThat(OcppJson.encode(BootNotificationRequest.of("ACME", "AC22")).toString())
                    .isEqualTo("{\"chargePointVendor\":\"ACME\",\"chargePointModel\":\"AC22\"}");
        }

        @Test
        void writesAMessageWithoutFieldsAsAnEmptyObject() {
            assertThat(OcppJson.encode(new HeartbeatRequest()).toString()).isEqualTo("{}");
        }

        @Test
        void writesEnumsWithTheirWireSpelling() throws Exception {
            var request = OcppJson.decode(json("""
                    {"connectorId":1,"meterValue":[{"timestamp":"2025-03-01T08:00:00Z","sampledValue":[
                     {"value":"230.1","context":"Sample.Periodic","measurand":"Voltage","phase":"L1-N","unit":"V"}]}]}"""),
                    MeterValuesRequest.class);

            var sample = request.meterValue().get(0).sampledValue().get(0);
            assertThat(sample.context()).isEqualTo(ReadingContext.Sample_Periodic);
            assertThat(sample.phase()).isEqualTo(Phase.L1_N);
            assertThat(sample.unit()).isEqualTo(UnitOfMeasure.V);
            assertThat(OcppJson.encode(request).toString()).contains("\"context\":\"Sample.Periodic\"", "\"phase\":\"L1-N\"");
        }

        @Test
        void keepsDecimalsExactlyAsWritten() throws Exception {
            String profile = """
                    {"connectorId":1,"csChargingProfiles":{"chargingProfileId":1,"stackLevel":0,
                     "chargingProfilePurpose":"TxDefaultProfile","chargingProfileKind":"Absolute",
                     "chargingSchedule":{"chargingRateUnit":"A","chargingSchedulePeriod":[{"startPeriod":0,"limit":10.0}]}}}""";

            var request = OcppJson.decode(json(profile), SetChargingProfileRequest.class);

            assertThat(request.csChargingProfiles().chargingSchedule().chargingSchedulePeriod().get(0).limit())
                    .isEqualTo(new BigDecimal("10.0"));
            assertThat(OcppJson.encode(request)).isEqualTo(json(profile));
        }
    }

    @Nested
    class Reading {
        @Test
        void readsDateTimesWithAnyOffsetAndPrecision() throws Exception {
            var request = OcppJson.decode(json("""
                    {"connectorId":1,"idTag":"04A2B3C4","meterStart":1200,"timestamp":"2025-03-01T09:15:30.5+01:00"}"""),
                    StartTransactionRequest.class);

            assertThat(request.timestamp()).isEqualTo(Instant.parse("2025-03-01T08:15:30.500Z"));
        }

        @Test
        void readsBothSpellingsOfCelsius() throws Exception {
            for (String unit : List.of("Celsius", "Celcius")) {
                var request = OcppJson.decode(json("""
                        {"connectorId":0,"meterValue":[{"timestamp":"2025-03-01T08:00:00Z","sampledValue":[
                         {"value":"41.5","measurand":"Temperature","location":"Body","unit":"%s"}]}]}""".formatted(unit)),
                        MeterValuesRequest.class);
                assertThat(request.meterValue().get(0).sampledValue().get(0).measurand()).isEqualTo(Measurand.Temperature);
            }
        }

        @Test
        void readsNullAsAbsent() throws Exception {
            var request = OcppJson.decode(json("""
                    {"connectorId":2,"errorCode":"NoError","status":"Available","info":null}"""),
                    StatusNotificationRequest.class);

            assertThat(request.info()).isNull();
        }

        @Test
        void returnsImmutableLists() throws Exception {
            var response = OcppJson.decode(json("""
                    {"configurationKey":[{"key":"HeartbeatInterval","readonly":false,"value":"300"}]}"""),
                    GetConfigurationResponse.class);

            assertThat(response.configurationKey()).containsExactly(new KeyValue("HeartbeatInterval", false, "300"));
            assertThatThrownBy(() -> response.configurationKey().add(null)).isInstanceOf(UnsupportedOperationException.class);
        }
    }

    @Nested
    class Violations {
        @ParameterizedTest(name = "{0} -> {1} at {2}")
        @CsvSource(delimiter = '|', textBlock = """
                # payload                                                                       | code                            | field
                []                                                                              | FORMATION_VIOLATION             | $
                "BootNotification"                                                              | FORMATION_VIOLATION             | $
                {"chargePointVendor":"ACME","chargePointModel":"AC22","colour":"red"}           | FORMATION_VIOLATION             | colour
                {"chargePointVendor":12,"chargePointModel":"AC22"}                              | TYPE_CONSTRAINT_VIOLATION       | chargePointVendor
                {"chargePointVendor":true,"chargePointModel":"AC22"}                            | TYPE_CONSTRAINT_VIOLATION       | chargePointVendor
                {"chargePointVendor":{"name":"ACME"},"chargePointModel":"AC22"}                 | TYPE_CONSTRAINT_VIOLATION       | chargePointVendor
                {"chargePointVendor":["ACME"],"chargePointModel":"AC22"}                        | TYPE_CONSTRAINT_VIOLATION       | chargePointVendor
                {"chargePointVendor":"ACME Charging Solutions Ltd","chargePointModel":"AC22"}   | PROPERTY_CONSTRAINT_VIOLATION   | chargePointVendor
                {"chargePointModel":"AC22"}                                                     | OCCURRENCE_CONSTRAINT_VIOLATION | chargePointVendor
                {"chargePointVendor":null,"chargePointModel":"AC22"}                            | OCCURRENCE_CONSTRAINT_VIOLATION | chargePointVendor
                """)
        void bootNotificationRequest(String payload, ErrorCode code, String field) throws Exception {
            assertViolation(payload, BootNotificationRequest.class, code, field);
        }

        @ParameterizedTest(name = "{0} -> {1} at {2}")
        @CsvSource(delimiter = '|', textBlock = """
                {"connectorId":"abc","idTag":"04A2","meterStart":0,"timestamp":"2025-03-01T08:00:00Z"}       | TYPE_CONSTRAINT_VIOLATION       | connectorId
                {"connectorId":"1","idTag":"04A2","meterStart":0,"timestamp":"2025-03-01T08:00:00Z"}         | TYPE_CONSTRAINT_VIOLATION       | connectorId
                {"connectorId":1.5,"idTag":"04A2","meterStart":0,"timestamp":"2025-03-01T08:00:00Z"}         | TYPE_CONSTRAINT_VIOLATION       | connectorId
                {"connectorId":true,"idTag":"04A2","meterStart":0,"timestamp":"2025-03-01T08:00:00Z"}        | TYPE_CONSTRAINT_VIOLATION       | connectorId
                {"connectorId":99999999999,"idTag":"04A2","meterStart":0,"timestamp":"2025-03-01T08:00:00Z"} | PROPERTY_CONSTRAINT_VIOLATION   | connectorId
                {"connectorId":1,"idTag":"04A2","meterStart":0,"timestamp":"yesterday"}                      | PROPERTY_CONSTRAINT_VIOLATION   | timestamp
                {"connectorId":1,"idTag":"04A2","meterStart":0,"timestamp":"2025-03-01T08:00:00"}            | PROPERTY_CONSTRAINT_VIOLATION   | timestamp
                {"connectorId":1,"idTag":"04A2","meterStart":0,"timestamp":"2025-02-30T08:00:00Z"}           | PROPERTY_CONSTRAINT_VIOLATION   | timestamp
                {"connectorId":1,"idTag":"04A2","meterStart":0,"timestamp":1740816000}                       | TYPE_CONSTRAINT_VIOLATION       | timestamp
                {"connectorId":1,"idTag":"04A2","meterStart":0}                                              | OCCURRENCE_CONSTRAINT_VIOLATION | timestamp
                {"connectorId":1,"idTag":"04A2B3C4D5E6F7A8B9C0D","meterStart":0,"timestamp":"2025-03-01T08:00:00Z"} | PROPERTY_CONSTRAINT_VIOLATION | idTag
                """)
        void startTransactionRequest(String payload, ErrorCode code, String field) throws Exception {
            assertViolation(payload, StartTransactionRequest.class, code, field);
        }

        @ParameterizedTest(name = "{0} -> {1} at {2}")
        @CsvSource(delimiter = '|', textBlock = """
                {"idTagInfo":{"status":"Maybe"},"transactionId":1}                         | PROPERTY_CONSTRAINT_VIOLATION   | idTagInfo.status
                {"idTagInfo":{"status":"accepted"},"transactionId":1}                      | PROPERTY_CONSTRAINT_VIOLATION   | idTagInfo.status
                {"idTagInfo":{"status":""},"transactionId":1}                              | PROPERTY_CONSTRAINT_VIOLATION   | idTagInfo.status
                {"idTagInfo":{"status":0},"transactionId":1}                               | TYPE_CONSTRAINT_VIOLATION       | idTagInfo.status
                {"idTagInfo":{},"transactionId":1}                                         | OCCURRENCE_CONSTRAINT_VIOLATION | idTagInfo.status
                {"idTagInfo":"Accepted","transactionId":1}                                 | TYPE_CONSTRAINT_VIOLATION       | idTagInfo
                {"idTagInfo":"","transactionId":1}                                         | TYPE_CONSTRAINT_VIOLATION       | idTagInfo
                {"idTagInfo":[],"transactionId":1}                                         | TYPE_CONSTRAINT_VIOLATION       | idTagInfo
                {"idTagInfo":{"status":"Accepted","parentIdTag":"FLEET-ACME-NORTH-REGION"},"transactionId":1} | PROPERTY_CONSTRAINT_VIOLATION | idTagInfo.parentIdTag
                {"idTagInfo":{"status":"Accepted","colour":"red"},"transactionId":1}       | FORMATION_VIOLATION             | idTagInfo.colour
                {"idTagInfo":{"status":"Accepted"}}                                        | OCCURRENCE_CONSTRAINT_VIOLATION | transactionId
                """)
        void startTransactionResponse(String payload, ErrorCode code, String field) throws Exception {
            assertViolation(payload, StartTransactionResponse.class, code, field);
        }

        @ParameterizedTest(name = "{0} -> {1} at {2}")
        @CsvSource(delimiter = '|', textBlock = """
                {"connectorId":1,"meterValue":[]}                                                                   | OCCURRENCE_CONSTRAINT_VIOLATION | meterValue
                {"connectorId":1,"meterValue":{"timestamp":"2025-03-01T08:00:00Z"}}                                 | TYPE_CONSTRAINT_VIOLATION       | meterValue
                {"connectorId":1,"meterValue":[null]}                                                               | TYPE_CONSTRAINT_VIOLATION       | meterValue
                {"connectorId":1,"meterValue":[{"timestamp":"2025-03-01T08:00:00Z","sampledValue":[]}]}             | OCCURRENCE_CONSTRAINT_VIOLATION | meterValue[0].sampledValue
                {"connectorId":1,"meterValue":[{"timestamp":"2025-03-01T08:00:00Z","sampledValue":[{"unit":"Wh"}]}]} | OCCURRENCE_CONSTRAINT_VIOLATION | meterValue[0].sampledValue[0].value
                {"connectorId":1,"meterValue":[{"timestamp":"2025-03-01T08:00:00Z","sampledValue":[{"value":"1","unit":"Joule"}]}]} | PROPERTY_CONSTRAINT_VIOLATION | meterValue[0].sampledValue[0].unit
                {"connectorId":1,"meterValue":[{"timestamp":"2025-03-01T08:00:00Z","sampledValue":[{"value":12}]}]} | TYPE_CONSTRAINT_VIOLATION       | meterValue[0].sampledValue[0].value
                {"connectorId":1,"meterValue":[{"timestamp":"2025-03-01T08:00:00Z","sampledValue":[{"value":"1","phase":"L1_N"}]}]} | PROPERTY_CONSTRAINT_VIOLATION | meterValue[0].sampledValue[0].phase
                """)
        void meterValuesRequest(String payload, ErrorCode code, String field) throws Exception {
            assertViolation(payload, MeterValuesRequest.class, code, field);
        }

        @Test
        void namesTheFieldOfAnInvalidSampleInsideStopTransactionData() throws Exception {
            assertViolation("""
                    {"meterStop":2500,"timestamp":"2025-03-01T10:00:00Z","transactionId":7,
                     "transactionData":[{"timestamp":"2025-03-01T09:00:00Z","sampledValue":[{"value":"1"}]},
                                        {"timestamp":"2025-03-01T10:00:00Z","sampledValue":[{"value":"2","context":"Sample"}]}]}""",
                    StopTransactionRequest.class, ErrorCode.PROPERTY_CONSTRAINT_VIOLATION,
                    "transactionData[1].sampledValue[0].context");
        }

        @Test
        void refusesARepeatedKeyWhenReadingJson() {
            assertThatThrownBy(() -> json("{\"idTag\":\"A\",\"idTag\":\"B\"}")).isNotNull();
        }

        @Test
        void describesTheRuleInTheMessage() throws Exception {
            PayloadViolation violation = violationOf("""
                    {"idTagInfo":{"status":"Maybe"},"transactionId":1}""", StartTransactionResponse.class);

            assertThat(violation.getMessage()).isEqualTo("idTagInfo.status: \"Maybe\" is not a valid AuthorizationStatus");
            assertThat(violation.code().wireName(OcppVersion.V16)).isEqualTo("PropertyConstraintViolation");
        }

        private void assertViolation(String payload, Class<?> type, ErrorCode code, String field) throws Exception {
            PayloadViolation violation = violationOf(payload, type);
            assertThat(violation.code()).as(violation.getMessage()).isEqualTo(code);
            assertThat(violation.field()).as(violation.getMessage()).isEqualTo(field);
        }
    }
}
