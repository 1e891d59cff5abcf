package io.gridcharge.app.config;

/**
 * Every configuration key of {@code serve}, in one place: its flag ({@code --name}), its environment
 * variable ({@code GRIDCHARGE_NAME}), its key in gridcharge.yaml ({@code name}), its default and what it
 * does. The README's configuration table lists exactly these (a test checks).
 */
public enum Setting {
    DATA_DIR("data-dir", "./data", "Directory for the embedded database and other local state."),
    HTTP_PORT("http-port", "8080", "Port of the REST API, health and metrics."),
    OCPP_PORT("ocpp-port", "8180", "Port of the OCPP WebSocket endpoint ws://HOST:PORT/ocpp/{stationId}."),
    BIND("bind", "127.0.0.1", "Address both listeners bind to (0.0.0.0 for all interfaces)."),
    DB_URL("db-url", null, "JDBC URL of an external PostgreSQL; unset = embedded PostgreSQL under data-dir."),
    DB_USER("db-user", "postgres", "User for db-url."),
    DB_PASSWORD("db-password", "", "Password for db-url."),
    ADMIN_PASSWORD("admin-password", null,
            "Password of user admin, used only when the database has no admin yet; unset = generated and printed once."),
    HEARTBEAT_INTERVAL("heartbeat-interval", "300", "Heartbeat interval in seconds given to stations at boot."),
    OFFLINE_AFTER_MISSED_HEARTBEATS("offline-after-missed-heartbeats", "3",
            "A station silent for this many heartbeat intervals is reported offline."),
    AUTO_REGISTER("auto-register", "false",
            "Let unknown stations connect; they are added as Pending until an operator accepts them."),
    CALL_TIMEOUT("call-timeout", "30", "Seconds to wait for a station's answer to a command."),
    OCPP_TLS_PORT("ocpp-tls-port", null,
            "Port of the TLS OCPP endpoint wss://HOST:PORT/ocpp/{stationId} for security profiles 2 and 3; unset = no TLS listener."),
    TLS_KEYSTORE("tls-keystore", null,
            "PKCS#12 key store with the TLS listener's key and certificate chain; unset = a certificate issued by the platform CA."),
    TLS_KEYSTORE_PASSWORD("tls-keystore-password", "",
            "Password of tls-keystore."),
    TLS_HOSTNAME("tls-hostname", "localhost",
            "Host name stations connect to over TLS, put in the certificate the platform CA issues for the TLS listener."),
    CA_ORGANIZATION("ca-organization", "GridCharge",
            "Operator name (O) in the certificates the platform CA issues; stations' CpoName key should hold the same."),
    WEBSOCKET_PING_INTERVAL("websocket-ping-interval", "60",
            "Seconds of silence after which a station is pinged; three silent intervals close its connection."),
    PUBLIC_URL("public-url", null,
            "Base URL stations reach the HTTP port at, for firmware downloads and diagnostics uploads; unset = http://BIND:HTTP-PORT."),
    MAP_TILE_URL("map-tile-url", null,
            "Tile server URL template for the console's map, e.g. https://tiles.example/{z}/{x}/{y}.png; unset = the built-in offline basemap."),
    TIME_ZONE("time-zone", null,
            "Time zone the console shows times in (IANA name, e.g. Asia/Shanghai); unset = the browser's."),
    JOURNAL_RETENTION_DAYS("journal-retention-days", "30",
            "Days the per-station message journal keeps frames; older ones are removed every ten minutes; 0 keeps them forever."),
    OCSP_RESPONDERS("ocsp-responders", null,
            "Hosts (host or host:port, comma-separated) whose OCSP responders may be asked about an EV's contract certificate at a 2.0.1 Authorize; * for any; unset = none.");

    private final String key;
    private final String defaultValue;
    private final String description;

    Setting(String key, String defaultValue, String description) {
        this.key = key;
        this.defaultValue = defaultValue;
        this.description = description;
    }

    public String key() {
        return key;
    }

    public String flag() {
        return "--" + key;
    }

    public String environmentVariable() {
        return "GRIDCHARGE_" + key.toUpperCase(java.util.Locale.ROOT).replace('-', '_');
    }

    public String defaultValue() {
        return defaultValue;
    }

    public String description() {
        return description;
    }
}
