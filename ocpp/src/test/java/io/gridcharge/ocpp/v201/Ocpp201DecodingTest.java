package io.gridcharge.ocpp.v201;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.gridcharge.ocpp.ErrorCode;
import io.gridcharge.ocpp.json.OcppJson;
import io.gridcharge.ocpp.v201.authorization.AuthorizeRequest;
import io.gridcharge.ocpp.v201.diagnostics.SetMonitoringLevelRequest;
import io.gridcharge.ocpp.v201.metervalues.MeterValuesRequest;
import io.gridcharge.ocpp.v201.provisioning.BootNotificationRequest;
import io.gridcharge.ocpp.v201.provisioning.BootReasonEnumType;
import io.gridcharge.ocpp.v201.provisioning.DataEnumType;
import io.gridcharge.ocpp.v201.provisioning.NotifyReportRequest;
import io.gridcharge.ocpp.v201.remotecontrol.RequestStartTransactionRequest;
import io.gridcharge.ocpp.v201.smartcharging.GetChargingProfilesRequest;
import io.gridcharge.ocpp.v201.transactions.TransactionEventRequest;
import io.gridcharge.ocpp.v201.types.MeasurandEnumType;
import io.gridcharge.ocpp.v201.types.PhaseEnumType;
import io.gridcharge.ocpp.validation.PayloadViolation;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * How a 2.0.1 payload that breaks its schema is refused: the CALLERROR code (OCPP-J 2.0.1 Part 4 §4.3) and
 * the path of the field, for the typical mistakes; and what the records read that a schema allows.
 */
class Ocpp201DecodingTest {
    private static final String BOOT = """
            {"reason":"PowerUp","chargingStation":{"model":"AC22-T2","vendorName":"Voltwerk"}}""";
    private static final String TRANSACTION_STARTED = """
            {"eventType":"Started","timestamp":"2026-03-01T10:15:30Z","triggerReason":"CablePluggedIn","seqNo":0,
             "transactionInfo":{"transactionId":"tx-0815"},"evse":{"id":1,"connectorId":1}}""";

    @Nested
    class RefusingWhatTheSchemaRefuses {

        @Test
        void aMissingRequiredFieldIsAnOccurrenceConstraintViolation() {
            PayloadViolation violation = refused("""
                    {"chargingStation":{"model":"AC22-T2","vendorName":"Voltwerk"}}""", BootNotificationRequest.class);

            assertThat(violation.code()).isEqualTo(ErrorCode.OCCURRENCE_CONSTRAINT_VIOLATION);
            assertThat(violation.field()).isEqualTo("reason");
        }

        @Test
        void aMissingRequiredFieldOfANestedObjectIsNamedByItsPath() {
            PayloadViolation violation = refused("""
                    {"reason":"PowerUp","chargingStation":{"vendorName":"Voltwerk"}}""", BootNotificationRequest.class);

            assertThat(violation.code()).isEqualTo(ErrorCode.OCCURRENCE_CONSTRAINT_VIOLATION);
            assertThat(violation.field()).isEqualTo("chargingStation.model");
        }

        @Test
        void anEmptyListWhereTheSchemaAsksForOneItemIsAnOccurrenceConstraintViolation() {
            PayloadViolation violation = refused("""
                    {"evseId":0,"meterValue":[]}""", MeterValuesRequest.class);

            assertThat(violation.code()).isEqualTo(ErrorCode.OCCURRENCE_CONSTRAINT_VIOLATION);
            assertThat(violation.field()).isEqualTo("meterValue");
        }

        @Test
        void aTooLongStringIsAPropertyConstraintViolation() {
            PayloadViolation violation = refused("""
                    {"reason":"PowerUp","chargingStation":{"model":"AC22-T2-WALLBOX-GEN3-X","vendorName":"Voltwerk"}}""",
                    BootNotificationRequest.class);

            assertThat(violation.code()).isEqualTo(ErrorCode.PROPERTY_CONSTRAINT_VIOLATION);
            assertThat(violation.field()).isEqualTo("chargingStation.model");
            assertThat(violation.rule()).contains("at most 20 characters");
        }

        @Test
        void anUnknownEnumerationValueIsAPropertyConstraintViolation() {
            PayloadViolation violation = refused(BOOT.replace("PowerUp", "Rebooted"), BootNotificationRequest.class);

            assertThat(violation.code()).isEqualTo(ErrorCode.PROPERTY_CONSTRAINT_VIOLATION);
            assertThat(violation.field()).isEqualTo("reason");
        }

        @Test
        void aNumberWrittenAsTextIsATypeConstraintViolation() {
            PayloadViolation violation = refused(TRANSACTION_STARTED.replace("\"seqNo\":0", "\"seqNo\":\"0\""),
                    TransactionEventRequest.class);

            assertThat(violation.code()).isEqualTo(ErrorCode.TYPE_CONSTRAINT_VIOLATION);
            assertThat(violation.field()).isEqualTo("seqNo");
        }

        @Test
        void anUnknownPropertyIsAFormatViolation() {
            PayloadViolation violation = refused(BOOT.replace("{\"reason\"", "{\"firmware\":\"1.2\",\"reason\""),
                    BootNotificationRequest.class);

            assertThat(violation.code()).isEqualTo(ErrorCode.FORMATION_VIOLATION);
            assertThat(violation.code().wireName(io.gridcharge.ocpp.OcppVersion.V201)).isEqualTo("FormatViolation");
            assertThat(violation.field()).isEqualTo("firmware");
        }

        @Test
        void aDateTimeWithoutOffsetIsAPropertyConstraintViolation() {
            PayloadViolation violation = refused(TRANSACTION_STARTED.replace("10:15:30Z", "10:15:30"),
                    TransactionEventRequest.class);

            assertThat(violation.code()).isEqualTo(ErrorCode.PROPERTY_CONSTRAINT_VIOLATION);
            assertThat(violation.field()).isEqualTo("timestamp");
        }
    }

    @Nested
    class RefusingWhatTheSpecsProseRefuses {

        @Test
        void anEvseNumberedZeroIsAPropertyConstraintViolation() {
            PayloadViolation violation = refused(TRANSACTION_STARTED.replace("\"id\":1", "\"id\":0"),
                    TransactionEventRequest.class);

            assertThat(violation.code()).isEqualTo(ErrorCode.PROPERTY_CONSTRAINT_VIOLATION);
            assertThat(violation.field()).isEqualTo("evse.id");
        }

        @Test
        void aRemoteStartOnEvseZeroIsAPropertyConstraintViolation() {
            PayloadViolation violation = refused("""
                    {"evseId":0,"remoteStartId":7,"idToken":{"idToken":"04A2B3C4","type":"ISO14443"}}""",
                    RequestStartTransactionRequest.class);

            assertThat(violation.code()).isEqualTo(ErrorCode.PROPERTY_CONSTRAINT_VIOLATION);
            assertThat(violation.field()).isEqualTo("evseId");
        }

        @Test
        void aMonitoringSeverityAboveNineIsAPropertyConstraintViolation() {
            PayloadViolation violation = refused("{\"severity\":10}", SetMonitoringLevelRequest.class);

            assertThat(violation.code()).isEqualTo(ErrorCode.PROPERTY_CONSTRAINT_VIOLATION);
            assertThat(violation.field()).isEqualTo("severity");
        }

        @Test
        void getChargingProfilesWithAnEmptyCriterionIsRefusedK09Fr03() {
            PayloadViolation violation = refused("{\"requestId\":1,\"chargingProfile\":{}}",
                    GetChargingProfilesRequest.class);

            assertThat(violation.code()).isEqualTo(ErrorCode.OCCURRENCE_CONSTRAINT_VIOLATION);
            assertThat(violation.field()).isEqualTo("chargingProfile");
            assertThat(OcppJson.decode(json("{\"requestId\":1,\"evseId\":0,\"chargingProfile\":{\"stackLevel\":2}}"),
                    GetChargingProfilesRequest.class).evseId()).isZero();
        }
    }

    @Nested
    class ReadingWhatTheSchemaAllows {

        @Test
        void readsVendorPropertiesOfCustomDataAndWritesThemBackUnchanged() {
            String withVendorData = """
                    {"idToken":{"idToken":"04A2B3C4","type":"ISO14443",
                     "customData":{"vendorId":"com.voltwerk","badgeColour":"blue","limits":{"maxKwh":40}}}}""";

            AuthorizeRequest request = OcppJson.decode(json(withVendorData), AuthorizeRequest.class);

            assertThat(request.idToken().customData().vendorId()).isEqualTo("com.voltwerk");
            assertThat(request.idToken().customData().properties()).containsOnlyKeys("badgeColour", "limits");
            assertThat(OcppJson.encode(request)).isEqualTo(json(withVendorData));
        }

        @Test
        void keepsAVendorPropertyNamedLikeTheRecordsOwnComponent() {
            String withVendorData = """
                    {"idToken":{"idToken":"04A2B3C4","type":"ISO14443",
                     "customData":{"vendorId":"com.voltwerk","properties":{"colour":"blue"}}}}""";

            AuthorizeRequest request = OcppJson.decode(json(withVendorData), AuthorizeRequest.class);

            assertThat(request.idToken().customData().properties()).containsOnlyKeys("properties");
            assertThat(OcppJson.encode(request)).isEqualTo(json(withVendorData));
        }

        @Test
        void refusesCustomDataWithoutItsVendorId() {
            PayloadViolation violation = refused("""
                    {"idToken":{"idToken":"04A2B3C4","type":"ISO14443","customData":{"badgeColour":"blue"}}}""",
                    AuthorizeRequest.class);

            assertThat(violation.code()).isEqualTo(ErrorCode.OCCURRENCE_CONSTRAINT_VIOLATION);
            assertThat(violation.field()).isEqualTo("idToken.customData.vendorId");
        }

        @Test
        void readsEnumerationValuesWithDotsHyphensAndJavaKeywordsByTheirWireNames() {
            MeterValuesRequest meterValues = OcppJson.decode(json("""
                    {"evseId":1,"meterValue":[{"timestamp":"2026-03-01T10:15:30Z","sampledValue":[
                     {"value":11.04,"measurand":"Energy.Active.Import.Register","phase":"L1-N"}]}]}"""),
                    MeterValuesRequest.class);
            NotifyReportRequest report = OcppJson.decode(json("""
                    {"requestId":3,"generatedAt":"2026-03-01T10:15:30Z","seqNo":0,"reportData":[
                     {"component":{"name":"AuthCtrlr"},"variable":{"name":"Enabled"},
                      "variableAttribute":[{"value":"true"}],
                      "variableCharacteristics":{"dataType":"boolean","supportsMonitoring":false}}]}"""),
                    NotifyReportRequest.class);

            var sampled = meterValues.meterValue().getFirst().sampledValue().getFirst();
            assertThat(sampled.measurand()).isEqualTo(MeasurandEnumType.Energy_Active_Import_Register);
            assertThat(sampled.phase()).isEqualTo(PhaseEnumType.L1_N);
            assertThat(report.reportData().getFirst().variableCharacteristics().dataType()).isEqualTo(DataEnumType.BOOLEAN);
        }

        @Test
        void leavesAnAbsentOptionalFieldAbsentRatherThanApplyingTheSchemasDefault() {
            TransactionEventRequest started = OcppJson.decode(json(TRANSACTION_STARTED), TransactionEventRequest.class);

            assertThat(started.offline()).isNull();
            assertThat(OcppJson.encode(started).has("offline")).isFalse();
        }

        @Test
        void readsABootNotificationWithItsRequiredFieldsOnly() {
            BootNotificationRequest boot = OcppJson.decode(json(BOOT), BootNotificationRequest.class);

            assertThat(boot.reason()).isEqualTo(BootReasonEnumType.PowerUp);
            assertThat(boot.chargingStation().vendorName()).isEqualTo("Voltwerk");
        }
    }

    private static PayloadViolation refused(String payload, Class<?> type) {
        return catchThrowableOfType(PayloadViolation.class, () -> OcppJson.decode(json(payload), type));
    }

    private static JsonNode json(String text) {
        try {
            return OcppJson.mapper().readTree(text);
        } catch (JsonProcessingException e) {
            throw new AssertionError(e);
        }
    }
}
