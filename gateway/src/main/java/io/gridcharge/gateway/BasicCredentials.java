package io.gridcharge.gateway;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;

/**
 * HTTP Basic credentials (RFC 7617) as OCPP 1.6 Security Profile 1 uses them: the station id as user name
 * and its AuthorizationKey as password. {@link #toString} never shows the password.
 */
record BasicCredentials(String username, String password) {

    /**
     * Reads an Authorization header; empty when there is none.
     *
     * @throws IllegalArgumentException when the header is there but is not well-formed Basic credentials
     */
    static Optional<BasicCredentials> parse(String header) {
        if (header == null) {
            return Optional.empty();
        }
        String trimmed = header.trim();
        int space = trimmed.indexOf(' ');
        if (space < 0 || !trimmed.substring(0, space).toLowerCase(Locale.ROOT).equals("basic")) {
            throw new IllegalArgumentException("not Basic credentials");
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(trimmed.substring(space + 1).trim()),
                    StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("credentials are not Base64");
        }
        // The user name cannot hold a colon (RFC 7617 §2); the password may.
        int colon = decoded.indexOf(':');
        if (colon < 0) {
            throw new IllegalArgumentException("credentials have no colon");
        }
        return Optional.of(new BasicCredentials(decoded.substring(0, colon), decoded.substring(colon + 1)));
    }

    @Override
    public String toString() {
        return "BasicCredentials[" + username + ", password hidden]";
    }
}
