package io.gridcharge.ocpp.v201;

import com.fasterxml.jackson.databind.node.TextNode;
import io.gridcharge.ocpp.v201.diagnostics.ClearMonitoringResultType;
import io.gridcharge.ocpp.v201.diagnostics.ClearMonitoringStatusEnumType;
import io.gridcharge.ocpp.v201.diagnostics.EventDataType;
import io.gridcharge.ocpp.v201.diagnostics.EventNotificationEnumType;
import io.gridcharge.ocpp.v201.diagnostics.EventTriggerEnumType;
import io.gridcharge.ocpp.v201.diagnostics.LogParametersType;
import io.gridcharge.ocpp.v201.diagnostics.MonitorEnumType;
import io.gridcharge.ocpp.v201.diagnostics.MonitoringDataType;
import io.gridcharge.ocpp.v201.diagnostics.SetMonitoringDataType;
import io.gridcharge.ocpp.v201.diagnostics.SetMonitoringResultType;
import io.gridcharge.ocpp.v201.diagnostics.SetMonitoringStatusEnumType;
import io.gridcharge.ocpp.v201.diagnostics.VariableMonitoringType;
import io.gridcharge.ocpp.v201.display.MessageInfoType;
import io.gridcharge.ocpp.v201.display.MessagePriorityEnumType;
import io.gridcharge.ocpp.v201.display.MessageStateEnumType;
import io.gridcharge.ocpp.v201.firmware.FirmwareType;
import io.gridcharge.ocpp.v201.iso15118.CertificateHashDataChainType;
import io.gridcharge.ocpp.v201.iso15118.GetCertificateIdUseEnumType;
import io.gridcharge.ocpp.v201.localauth.AuthorizationData;
import io.gridcharge.ocpp.v201.provisioning.APNAuthenticationEnumType;
import io.gridcharge.ocpp.v201.provisioning.APNType;
import io.gridcharge.ocpp.v201.provisioning.AttributeEnumType;
import io.gridcharge.ocpp.v201.provisioning.ChargingStationType;
import io.gridcharge.ocpp.v201.provisioning.DataEnumType;
import io.gridcharge.ocpp.v201.provisioning.GetVariableDataType;
import io.gridcharge.ocpp.v201.provisioning.GetVariableResultType;
import io.gridcharge.ocpp.v201.provisioning.GetVariableStatusEnumType;
import io.gridcharge.ocpp.v201.provisioning.ModemType;
import io.gridcharge.ocpp.v201.provisioning.MutabilityEnumType;
import io.gridcharge.ocpp.v201.provisioning.NetworkConnectionProfileType;
import io.gridcharge.ocpp.v201.provisioning.OCPPInterfaceEnumType;
import io.gridcharge.ocpp.v201.provisioning.OCPPTransportEnumType;
import io.gridcharge.ocpp.v201.provisioning.OCPPVersionEnumType;
import io.gridcharge.ocpp.v201.provisioning.ReportDataType;
import io.gridcharge.ocpp.v201.provisioning.SetVariableDataType;
import io.gridcharge.ocpp.v201.provisioning.SetVariableResultType;
import io.gridcharge.ocpp.v201.provisioning.SetVariableStatusEnumType;
import io.gridcharge.ocpp.v201.provisioning.VPNEnumType;
import io.gridcharge.ocpp.v201.provisioning.VPNType;
import io.gridcharge.ocpp.v201.provisioning.VariableAttributeType;
import io.gridcharge.ocpp.v201.provisioning.VariableCharacteristicsType;
import io.gridcharge.ocpp.v201.smartcharging.ACChargingParametersType;
import io.gridcharge.ocpp.v201.smartcharging.ChargingLimitSourceEnumType;
import io.gridcharge.ocpp.v201.smartcharging.ChargingLimitType;
import io.gridcharge.ocpp.v201.smartcharging.ChargingNeedsType;
import io.gridcharge.ocpp.v201.smartcharging.ChargingProfileCriterionType;
import io.gridcharge.ocpp.v201.smartcharging.ClearChargingProfileType;
import io.gridcharge.ocpp.v201.smartcharging.CompositeScheduleType;
import io.gridcharge.ocpp.v201.smartcharging.DCChargingParametersType;
import io.gridcharge.ocpp.v201.smartcharging.EnergyTransferModeEnumType;
import io.gridcharge.ocpp.v201.transactions.ChargingStateEnumType;
import io.gridcharge.ocpp.v201.transactions.ReasonEnumType;
import io.gridcharge.ocpp.v201.transactions.TransactionType;
import io.gridcharge.ocpp.v201.types.AdditionalInfoType;
import io.gridcharge.ocpp.v201.types.AuthorizationStatusEnumType;
import io.gridcharge.ocpp.v201.types.CertificateHashDataType;
import io.gridcharge.ocpp.v201.types.ChargingProfileKindEnumType;
import io.gridcharge.ocpp.v201.types.ChargingProfilePurposeEnumType;
import io.gridcharge.ocpp.v201.types.ChargingProfileType;
import io.gridcharge.ocpp.v201.types.ChargingRateUnitEnumType;
import io.gridcharge.ocpp.v201.types.ChargingSchedulePeriodType;
import io.gridcharge.ocpp.v201.types.ChargingScheduleType;
import io.gridcharge.ocpp.v201.types.ComponentType;
import io.gridcharge.ocpp.v201.types.ComponentVariableType;
import io.gridcharge.ocpp.v201.types.ConsumptionCostType;
import io.gridcharge.ocpp.v201.types.CostKindEnumType;
import io.gridcharge.ocpp.v201.types.CostType;
import io.gridcharge.ocpp.v201.types.CustomDataType;
import io.gridcharge.ocpp.v201.types.EVSEType;
import io.gridcharge.ocpp.v201.types.HashAlgorithmEnumType;
import io.gridcharge.ocpp.v201.types.IdTokenEnumType;
import io.gridcharge.ocpp.v201.types.IdTokenInfoType;
import io.gridcharge.ocpp.v201.types.IdTokenType;
import io.gridcharge.ocpp.v201.types.LocationEnumType;
import io.gridcharge.ocpp.v201.types.MeasurandEnumType;
import io.gridcharge.ocpp.v201.types.MessageContentType;
import io.gridcharge.ocpp.v201.types.MessageFormatEnumType;
import io.gridcharge.ocpp.v201.types.MeterValueType;
import io.gridcharge.ocpp.v201.types.OCSPRequestDataType;
import io.gridcharge.ocpp.v201.types.PhaseEnumType;
import io.gridcharge.ocpp.v201.types.ReadingContextEnumType;
import io.gridcharge.ocpp.v201.types.RecurrencyKindEnumType;
import io.gridcharge.ocpp.v201.types.RelativeTimeIntervalType;
import io.gridcharge.ocpp.v201.types.SalesTariffEntryType;
import io.gridcharge.ocpp.v201.types.SalesTariffType;
import io.gridcharge.ocpp.v201.types.SampledValueType;
import io.gridcharge.ocpp.v201.types.SignedMeterValueType;
import io.gridcharge.ocpp.v201.types.StatusInfoType;
import io.gridcharge.ocpp.v201.types.UnitOfMeasureType;
import io.gridcharge.ocpp.v201.types.VariableType;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Every OCPP 2.0.1 data type with every field set, for the message samples of {@link Ocpp201Samples}. Enums take
 * their first value and strings a short text within the schema's length: the samples check how we write, not
 * what a station would say. Drafted from the official schemas by a one-off script, then kept by hand.
 */
final class DataTypeSamples {
    /** One instant for every date-time: what is checked is the format, not the time. */
    static final Instant AT = Instant.parse("2026-03-01T10:15:30.250Z");
    /** customData with a vendor property: the one place the schemas allow properties of the sender's own. */
    static final CustomDataType CUSTOM_DATA = new CustomDataType("io.gridcharge",
            Map.of("siteCode", TextNode.valueOf("HAM-04")));

    private DataTypeSamples() {
    }

    static ACChargingParametersType acChargingParametersType() {
        return new ACChargingParametersType(1, 1, 1, 1, CUSTOM_DATA);
    }

    static APNType apnType() {
        return new APNType(
                "apn-sample",
                "apnUserName-sample",
                "apnPassword-sample",
                1,
                "prefer",
                true,
                APNAuthenticationEnumType.CHAP,
                CUSTOM_DATA);
    }

    static AdditionalInfoType additionalInfoType() {
        return new AdditionalInfoType("additionalIdToken-sample", "type-sample", CUSTOM_DATA);
    }

    static AuthorizationData authorizationData() {
        return new AuthorizationData(
                DataTypeSamples.idTokenType(),
                DataTypeSamples.idTokenInfoType(),
                CUSTOM_DATA);
    }

    static CertificateHashDataChainType certificateHashDataChainType() {
        return new CertificateHashDataChainType(
                DataTypeSamples.certificateHashDataType(),
                GetCertificateIdUseEnumType.V2GRootCertificate,
                List.of(DataTypeSamples.certificateHashDataType()),
                CUSTOM_DATA);
    }

    static CertificateHashDataType certificateHashDataType() {
        return new CertificateHashDataType(
                HashAlgorithmEnumType.SHA256,
                "issuerNameHash-sample",
                "issuerKeyHash-sample",
                "serialNumber-sample",
                CUSTOM_DATA);
    }

    static ChargingLimitType chargingLimitType() {
        return new ChargingLimitType(ChargingLimitSourceEnumType.EMS, true, CUSTOM_DATA);
    }

    static ChargingNeedsType chargingNeedsType() {
        return new ChargingNeedsType(
                DataTypeSamples.acChargingParametersType(),
                DataTypeSamples.dcChargingParametersType(),
                EnergyTransferModeEnumType.DC,
                AT,
                CUSTOM_DATA);
    }

    static ChargingProfileCriterionType chargingProfileCriterionType() {
        return new ChargingProfileCriterionType(
                ChargingProfilePurposeEnumType.ChargingStationExternalConstraints,
                1,
                List.of(1),
                List.of(ChargingLimitSourceEnumType.EMS),
                CUSTOM_DATA);
    }

    static ChargingProfileType chargingProfileType() {
        return new ChargingProfileType(
                1,
                1,
                ChargingProfilePurposeEnumType.ChargingStationExternalConstraints,
                ChargingProfileKindEnumType.Absolute,
                RecurrencyKindEnumType.Daily,
                AT,
                AT,
                List.of(DataTypeSamples.chargingScheduleType()),
                "transactionId-sample",
                CUSTOM_DATA);
    }

    static ChargingSchedulePeriodType chargingSchedulePeriodType() {
        return new ChargingSchedulePeriodType(1, new BigDecimal("11.5"), 1, 1, CUSTOM_DATA);
    }

    static ChargingScheduleType chargingScheduleType() {
        return new ChargingScheduleType(
                1,
                AT,
                1,
                ChargingRateUnitEnumType.W,
                List.of(DataTypeSamples.chargingSchedulePeriodType()),
                new BigDecimal("11.5"),
                DataTypeSamples.salesTariffType(),
                CUSTOM_DATA);
    }

    static ChargingStationType chargingStationType() {
        return new ChargingStationType(
                "serialNumber-sample",
                "model-sample",
                DataTypeSamples.modemType(),
                "vendorName-sample",
                "firmwareVersion-sample",
                CUSTOM_DATA);
    }

    static ClearChargingProfileType clearChargingProfileType() {
        return new ClearChargingProfileType(
                1,
                ChargingProfilePurposeEnumType.ChargingStationExternalConstraints,
                1,
                CUSTOM_DATA);
    }

    static ClearMonitoringResultType clearMonitoringResultType() {
        return new ClearMonitoringResultType(
                ClearMonitoringStatusEnumType.Accepted,
                1,
                DataTypeSamples.statusInfoType(),
                CUSTOM_DATA);
    }

    static ComponentType componentType() {
        return new ComponentType(DataTypeSamples.evseType(), "name-sample", "instance-sample", CUSTOM_DATA);
    }

    static ComponentVariableType componentVariableType() {
        return new ComponentVariableType(
                DataTypeSamples.componentType(),
                DataTypeSamples.variableType(),
                CUSTOM_DATA);
    }

    static CompositeScheduleType compositeScheduleType() {
        return new CompositeScheduleType(
                List.of(DataTypeSamples.chargingSchedulePeriodType()),
                1,
                1,
                AT,
                ChargingRateUnitEnumType.W,
                CUSTOM_DATA);
    }

    static ConsumptionCostType consumptionCostType() {
        return new ConsumptionCostType(
                new BigDecimal("11.5"),
                List.of(DataTypeSamples.costType()),
                CUSTOM_DATA);
    }

    static CostType costType() {
        return new CostType(CostKindEnumType.CarbonDioxideEmission, 1, 1, CUSTOM_DATA);
    }

    static DCChargingParametersType dcChargingParametersType() {
        return new DCChargingParametersType(1, 1, 1, 1, 50, 1, 50, 50, CUSTOM_DATA);
    }

    static EVSEType evseType() {
        return new EVSEType(1, 1, CUSTOM_DATA);
    }

    static EventDataType eventDataType() {
        return new EventDataType(
                1,
                AT,
                EventTriggerEnumType.Alerting,
                1,
                "actualValue-sample",
                "techCode-sample",
                "techInfo-sample",
                true,
                "transactionId-sample",
                DataTypeSamples.componentType(),
                1,
                EventNotificationEnumType.HardWiredNotification,
                DataTypeSamples.variableType(),
                CUSTOM_DATA);
    }

    static FirmwareType firmwareType() {
        return new FirmwareType(
                "https://csms.example/fw.bin",
                AT,
                AT,
                "signingCertificate-sample",
                "signature-sample",
                CUSTOM_DATA);
    }

    static GetVariableDataType getVariableDataType() {
        return new GetVariableDataType(
                AttributeEnumType.Actual,
                DataTypeSamples.componentType(),
                DataTypeSamples.variableType(),
                CUSTOM_DATA);
    }

    static GetVariableResultType getVariableResultType() {
        return new GetVariableResultType(
                DataTypeSamples.statusInfoType(),
                GetVariableStatusEnumType.Accepted,
                AttributeEnumType.Actual,
                "attributeValue-sample",
                DataTypeSamples.componentType(),
                DataTypeSamples.variableType(),
                CUSTOM_DATA);
    }

    static IdTokenInfoType idTokenInfoType() {
        return new IdTokenInfoType(
                AuthorizationStatusEnumType.Accepted,
                AT,
                1,
                "language",
                List.of(1),
                DataTypeSamples.idTokenType(),
                "language",
                DataTypeSamples.messageContentType(),
                CUSTOM_DATA);
    }

    static IdTokenType idTokenType() {
        return new IdTokenType(
                List.of(DataTypeSamples.additionalInfoType()),
                "AA00BB11",
                IdTokenEnumType.Central,
                CUSTOM_DATA);
    }

    static LogParametersType logParametersType() {
        return new LogParametersType("https://csms.example/logs", AT, AT, CUSTOM_DATA);
    }

    static MessageContentType messageContentType() {
        return new MessageContentType(MessageFormatEnumType.ASCII, "en", "content-sample", CUSTOM_DATA);
    }

    static MessageInfoType messageInfoType() {
        return new MessageInfoType(
                DataTypeSamples.componentType(),
                1,
                MessagePriorityEnumType.AlwaysFront,
                MessageStateEnumType.Charging,
                AT,
                AT,
                "transactionId-sample",
                DataTypeSamples.messageContentType(),
                CUSTOM_DATA);
    }

    static MeterValueType meterValueType() {
        return new MeterValueType(List.of(DataTypeSamples.sampledValueType()), AT, CUSTOM_DATA);
    }

    static ModemType modemType() {
        return new ModemType("iccid-sample", "imsi-sample", CUSTOM_DATA);
    }

    static MonitoringDataType monitoringDataType() {
        return new MonitoringDataType(
                DataTypeSamples.componentType(),
                DataTypeSamples.variableType(),
                List.of(DataTypeSamples.variableMonitoringType()),
                CUSTOM_DATA);
    }

    static NetworkConnectionProfileType networkConnectionProfileType() {
        return new NetworkConnectionProfileType(
                DataTypeSamples.apnType(),
                OCPPVersionEnumType.OCPP12,
                OCPPTransportEnumType.JSON,
                "ocppCsmsUrl-sample",
                1,
                1,
                OCPPInterfaceEnumType.Wired0,
                DataTypeSamples.vpnType(),
                CUSTOM_DATA);
    }

    static OCSPRequestDataType ocspRequestDataType() {
        return new OCSPRequestDataType(
                HashAlgorithmEnumType.SHA256,
                "issuerNameHash-sample",
                "issuerKeyHash-sample",
                "serialNumber-sample",
                "responderURL-sample",
                CUSTOM_DATA);
    }

    static RelativeTimeIntervalType relativeTimeIntervalType() {
        return new RelativeTimeIntervalType(1, 1, CUSTOM_DATA);
    }

    static ReportDataType reportDataType() {
        return new ReportDataType(
                DataTypeSamples.componentType(),
                DataTypeSamples.variableType(),
                List.of(DataTypeSamples.variableAttributeType()),
                DataTypeSamples.variableCharacteristicsType(),
                CUSTOM_DATA);
    }

    static SalesTariffEntryType salesTariffEntryType() {
        return new SalesTariffEntryType(
                DataTypeSamples.relativeTimeIntervalType(),
                1,
                List.of(DataTypeSamples.consumptionCostType()),
                CUSTOM_DATA);
    }

    static SalesTariffType salesTariffType() {
        return new SalesTariffType(
                1,
                "salesTariffDescription-sample",
                1,
                List.of(DataTypeSamples.salesTariffEntryType()),
                CUSTOM_DATA);
    }

    static SampledValueType sampledValueType() {
        return new SampledValueType(
                new BigDecimal("11.5"),
                ReadingContextEnumType.Interruption_Begin,
                MeasurandEnumType.Current_Export,
                PhaseEnumType.L1,
                LocationEnumType.Body,
                DataTypeSamples.signedMeterValueType(),
                DataTypeSamples.unitOfMeasureType(),
                CUSTOM_DATA);
    }

    static SetMonitoringDataType setMonitoringDataType() {
        return new SetMonitoringDataType(
                1,
                true,
                new BigDecimal("11.5"),
                MonitorEnumType.UpperThreshold,
                1,
                DataTypeSamples.componentType(),
                DataTypeSamples.variableType(),
                CUSTOM_DATA);
    }

    static SetMonitoringResultType setMonitoringResultType() {
        return new SetMonitoringResultType(
                1,
                DataTypeSamples.statusInfoType(),
                SetMonitoringStatusEnumType.Accepted,
                MonitorEnumType.UpperThreshold,
                DataTypeSamples.componentType(),
                DataTypeSamples.variableType(),
                1,
                CUSTOM_DATA);
    }

    static SetVariableDataType setVariableDataType() {
        return new SetVariableDataType(
                AttributeEnumType.Actual,
                "attributeValue-sample",
                DataTypeSamples.componentType(),
                DataTypeSamples.variableType(),
                CUSTOM_DATA);
    }

    static SetVariableResultType setVariableResultType() {
        return new SetVariableResultType(
                AttributeEnumType.Actual,
                SetVariableStatusEnumType.Accepted,
                DataTypeSamples.statusInfoType(),
                DataTypeSamples.componentType(),
                DataTypeSamples.variableType(),
                CUSTOM_DATA);
    }

    static SignedMeterValueType signedMeterValueType() {
        return new SignedMeterValueType(
                "signedMeterData-sample",
                "signingMethod-sample",
                "encodingMethod-sample",
                "publicKey-sample",
                CUSTOM_DATA);
    }

    static StatusInfoType statusInfoType() {
        return new StatusInfoType("reasonCode-sample", "additionalInfo-sample", CUSTOM_DATA);
    }

    static TransactionType transactionType() {
        return new TransactionType(
                "transactionId-sample",
                ChargingStateEnumType.Charging,
                1,
                ReasonEnumType.DeAuthorized,
                1,
                CUSTOM_DATA);
    }

    static UnitOfMeasureType unitOfMeasureType() {
        return new UnitOfMeasureType("unit-sample", 1, CUSTOM_DATA);
    }

    static VPNType vpnType() {
        return new VPNType(
                "server-sample",
                "user-sample",
                "group-sample",
                "password-sample",
                "key-sample",
                VPNEnumType.IKEv2,
                CUSTOM_DATA);
    }

    static VariableAttributeType variableAttributeType() {
        return new VariableAttributeType(
                AttributeEnumType.Actual,
                "value-sample",
                MutabilityEnumType.ReadOnly,
                true,
                true,
                CUSTOM_DATA);
    }

    static VariableCharacteristicsType variableCharacteristicsType() {
        return new VariableCharacteristicsType(
                "unit-sample",
                DataEnumType.STRING,
                new BigDecimal("11.5"),
                new BigDecimal("11.5"),
                "valuesList-sample",
                true,
                CUSTOM_DATA);
    }

    static VariableMonitoringType variableMonitoringType() {
        return new VariableMonitoringType(
                1,
                true,
                new BigDecimal("11.5"),
                MonitorEnumType.UpperThreshold,
                1,
                CUSTOM_DATA);
    }

    static VariableType variableType() {
        return new VariableType("name-sample", "instance-sample", CUSTOM_DATA);
    }
}
