package io.gridcharge.ocpp.v16.security;

/** OCPP 1.6 Security Whitepaper (edition 3), HashAlgorithmEnumType: the hash used in a {@link CertificateHashData}. */
public enum HashAlgorithm {
    SHA256, SHA384, SHA512
}
