package io.gridcharge.ocpp.client;

import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * The URL a station connects to: the central system's endpoint with the station id appended as the last
 * path segment (OCPP-J 1.6 §3.1.1). The id is percent-encoded, all but RFC 3986's unreserved characters, so
 * that an id with '/', '+' or a space stays one segment and reads back exactly.
 */
final class StationEndpoint {
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private StationEndpoint() {
    }

    static URI of(URI base, String stationId) {
        String scheme = base.getScheme();
        if (!"ws".equalsIgnoreCase(scheme) && !"wss".equalsIgnoreCase(scheme)) {
            throw new IllegalArgumentException("An OCPP-J endpoint is a ws:// or wss:// URL, not " + base);
        }
        if (base.getRawQuery() != null || base.getRawFragment() != null) {
            throw new IllegalArgumentException("The station id goes at the end of the path; " + base
                    + " has a query or fragment");
        }
        String endpoint = base.toString();
        while (endpoint.endsWith("/")) {
            endpoint = endpoint.substring(0, endpoint.length() - 1);
        }
        return URI.create(endpoint + "/" + pathSegment(stationId));
    }

    static String pathSegment(String text) {
        StringBuilder encoded = new StringBuilder();
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xFF);
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || "-._~".indexOf(c) >= 0) {
                encoded.append(c);
            } else {
                encoded.append('%').append(HEX[(b >> 4) & 0xF]).append(HEX[b & 0xF]);
            }
        }
        return encoded.toString();
    }
}
