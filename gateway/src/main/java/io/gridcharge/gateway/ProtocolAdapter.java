package io.gridcharge.gateway;

import io.gridcharge.ocpp.ActionCatalog;
import io.gridcharge.ocpp.OcppVersion;

/**
 * One OCPP version's side of the gateway: it turns that version's messages into domain commands and domain
 * commands into its calls. The server offers every registered adapter's subprotocol at the handshake and
 * opens a session of the one negotiated; adding OCPP 2.0.1 means registering a second adapter.
 */
public interface ProtocolAdapter {

    /** The version's actions; its version names the subprotocol. */
    ActionCatalog catalog();

    default OcppVersion version() {
        return catalog().version();
    }

    /** A station connected with this adapter's version; called once per connection, before its first frame. */
    StationSession open(StationLink link);
}
