package io.gridcharge.gateway;

import io.gridcharge.ocpp.OcppVersion;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Picks the OCPP version of a connection from the station's Sec-WebSocket-Protocol offer (OCPP-J 1.6 §3.1.2:
 * the version is named there, never taken from the URL): of the versions both sides speak, the newest. The
 * token is echoed as the station spelled it, since a client must find the server's choice among its own
 * (RFC 6455 §4.1); it is matched regardless of case because stations in the field send "OCPP1.6" too.
 */
final class SubprotocolNegotiation {
    /** The version agreed and the token to echo. */
    record Agreement(String token, ProtocolAdapter adapter) {
    }

    private final Map<OcppVersion, ProtocolAdapter> adapters;

    SubprotocolNegotiation(List<ProtocolAdapter> adapters) {
        if (adapters.isEmpty()) {
            throw new IllegalArgumentException("at least one protocol adapter is required");
        }
        this.adapters = adapters.stream().collect(Collectors.toUnmodifiableMap(ProtocolAdapter::version,
                Function.identity()));
    }

    /** @param offered the values of the request's Sec-WebSocket-Protocol headers, each a comma-separated list */
    Optional<Agreement> negotiate(List<String> offered) {
        return offered.stream()
                .flatMap(header -> List.of(header.split(",")).stream())
                .map(String::trim)
                .filter(token -> !token.isEmpty())
                .flatMap(token -> OcppVersion.ofSubprotocol(token).filter(adapters::containsKey)
                        .map(version -> new Agreement(token, adapters.get(version))).stream())
                // OcppVersion declares its versions oldest first.
                .max(Comparator.comparing(agreement -> agreement.adapter().version()));
    }

    /** What this server speaks, for the reason of a refusal: "ocpp1.6, ocpp2.0.1". */
    String supported() {
        return adapters.keySet().stream().sorted().map(OcppVersion::subprotocol).collect(Collectors.joining(", "));
    }
}
