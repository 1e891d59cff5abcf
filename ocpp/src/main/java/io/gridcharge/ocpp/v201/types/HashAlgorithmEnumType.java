package io.gridcharge.ocpp.v201.types;

/**
 * OCPP 2.0.1 HashAlgorithmEnumType: used algorithms for the hashes provided.
 */
public enum HashAlgorithmEnumType {
    SHA256, SHA384, SHA512
}
