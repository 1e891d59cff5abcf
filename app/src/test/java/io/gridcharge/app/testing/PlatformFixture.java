package io.gridcharge.app.testing;

import io.gridcharge.app.Platform;
import io.gridcharge.app.config.Setting;
import io.gridcharge.app.config.Settings;
import io.gridcharge.store.TestDatabase;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A whole platform, as {@code serve} wires it, on a throw-away database and free ports, for one test class.
 * Either it makes that database itself ({@link #onItsOwnDatabase()}) or it is given a {@link TestDatabase}
 * registered before it, so the database exists first.
 */
public final class PlatformFixture implements BeforeAllCallback, AfterAllCallback {
    public static final String ADMIN_PASSWORD = "Fixture-Admin-2026!";

    private final TestDatabase database;
    private final boolean ownsDatabase;
    private final Map<Setting, String> overrides = new EnumMap<>(Setting.class);
    private Platform platform;

    public PlatformFixture(TestDatabase database) {
        this(database, false);
    }

    private PlatformFixture(TestDatabase database, boolean ownsDatabase) {
        this.database = database;
        this.ownsDatabase = ownsDatabase;
    }

    /** A platform on a database of its own, created before the platform starts and dropped after it stops. */
    public static PlatformFixture onItsOwnDatabase() {
        return new PlatformFixture(new TestDatabase(), true);
    }

    public PlatformFixture with(Setting setting, String value) {
        overrides.put(setting, value);
        return this;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        if (ownsDatabase) {
            database.beforeAll(context);
        }
        Map<Setting, String> flags = new EnumMap<>(Setting.class);
        flags.put(Setting.DB_URL, database.jdbcUrl());
        flags.put(Setting.DB_USER, database.user());
        flags.put(Setting.DB_PASSWORD, database.password());
        flags.put(Setting.HTTP_PORT, "0");
        flags.put(Setting.OCPP_PORT, "0");
        flags.put(Setting.ADMIN_PASSWORD, ADMIN_PASSWORD);
        flags.put(Setting.CALL_TIMEOUT, "3");
        // Local state (the platform CA's key among it) goes to a throw-away directory, not the module's ./data.
        flags.put(Setting.DATA_DIR, temporaryDataDirectory().toString());
        flags.putAll(overrides);
        platform = Platform.start(Settings.resolve(flags, Map.of(), null), new PrintStream(System.out, true));
    }

    private static Path temporaryDataDirectory() {
        try {
            return Files.createTempDirectory("gridcharge-it-data");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        try {
            if (platform != null) {
                platform.close();
            }
        } finally {
            if (ownsDatabase) {
                database.afterAll(context);
            }
        }
    }

    public String ocppUrl() {
        return "ws://127.0.0.1:" + platform.ocppPort() + "/ocpp";
    }

    /** The TLS listener, for classes that set {@link Setting#OCPP_TLS_PORT}; its certificate names localhost. */
    public String ocppTlsUrl() {
        return "wss://localhost:" + platform.ocppTlsPort() + "/ocpp";
    }

    /** The HTTP listener's base URL: the API, and the operator console at /. */
    public String httpUrl() {
        return "http://127.0.0.1:" + platform.httpPort();
    }

    public ApiClient admin() {
        return new ApiClient(platform.httpPort()).login("admin", ADMIN_PASSWORD);
    }

    public ApiClient anonymous() {
        return new ApiClient(platform.httpPort());
    }
}
