package io.gridcharge.domain.firmware;

/**
 * Port: the base URL under which stations reach the platform's HTTP port (e.g. {@code http://cs.example:8080}),
 * without a trailing slash. Firmware downloads and diagnostics uploads hang below it.
 */
@FunctionalInterface
public interface PublicAddress {
    String baseUrl();

    default String firmwareUrl(FirmwareImage image) {
        return baseUrl() + "/firmware/" + image.id().value() + "/" + image.fileName();
    }

    default String diagnosticsUploadUrl(String uploadToken) {
        return baseUrl() + "/diagnostics/" + uploadToken;
    }
}
