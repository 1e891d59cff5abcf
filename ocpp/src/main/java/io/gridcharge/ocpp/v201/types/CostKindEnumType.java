package io.gridcharge.ocpp.v201.types;

/**
 * OCPP 2.0.1 CostKindEnumType: the kind of cost referred to in the message element amount
 */
public enum CostKindEnumType {
    CarbonDioxideEmission, RelativePricePercentage, RenewableGenerationPercentage
}
