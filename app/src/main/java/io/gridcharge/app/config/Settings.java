package io.gridcharge.app.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;

/**
 * Resolved configuration: for each {@link Setting}, a flag wins over the environment, which wins over
 * gridcharge.yaml, which wins over the default (DESIGN §6). Values are checked here, so a typo fails at
 * start with the key's name, not later.
 */
public final class Settings {
    private final Map<Setting, String> values;

    private Settings(Map<Setting, String> values) {
        this.values = values;
    }

    public static Settings resolve(Map<Setting, String> flags, Map<String, String> environment, Path yamlFile) {
        Map<String, String> yaml = readYaml(yamlFile);
        Map<Setting, String> values = new EnumMap<>(Setting.class);
        for (Setting setting : Setting.values()) {
            String value = flags.get(setting);
            if (value == null) {
                value = environment.get(setting.environmentVariable());
            }
            if (value == null) {
                value = yaml.get(setting.key());
            }
            if (value == null) {
                value = setting.defaultValue();
            }
            if (value != null) {
                values.put(setting, value);
            }
        }
        Settings settings = new Settings(values);
        settings.check();
        return settings;
    }

    private void check() {
        port(Setting.HTTP_PORT);
        port(Setting.OCPP_PORT);
        positiveSeconds(Setting.HEARTBEAT_INTERVAL);
        positiveSeconds(Setting.CALL_TIMEOUT);
        integer(Setting.OFFLINE_AFTER_MISSED_HEARTBEATS, 1, 1000);
        positiveSeconds(Setting.WEBSOCKET_PING_INTERVAL);
        bool(Setting.AUTO_REGISTER);
    }

    public Optional<String> get(Setting setting) {
        return Optional.ofNullable(values.get(setting)).filter(v -> !v.isEmpty());
    }

    public String text(Setting setting) {
        return values.getOrDefault(setting, "");
    }

    public Path path(Setting setting) {
        return Path.of(text(setting)).toAbsolutePath().normalize();
    }

    public int port(Setting setting) {
        return integer(setting, 0, 65535);
    }

    public Duration positiveSeconds(Setting setting) {
        return Duration.ofSeconds(integer(setting, 1, 86_400));
    }

    public int integer(Setting setting, int min, int max) {
        String value = text(setting);
        try {
            int number = Integer.parseInt(value.trim());
            if (number < min || number > max) {
                throw invalid(setting, value, "a whole number from " + min + " to " + max);
            }
            return number;
        } catch (NumberFormatException e) {
            throw invalid(setting, value, "a whole number from " + min + " to " + max);
        }
    }

    public boolean bool(Setting setting) {
        String value = text(setting).trim().toLowerCase(java.util.Locale.ROOT);
        return switch (value) {
            case "true", "yes", "on", "1" -> true;
            case "false", "no", "off", "0", "" -> false;
            default -> throw invalid(setting, value, "true or false");
        };
    }

    /** An IANA time zone name, checked against the JDK's zone rules. */
    public Optional<java.time.ZoneId> timeZone(Setting setting) {
        return get(setting).filter(value -> !value.isBlank()).map(value -> {
            try {
                return java.time.ZoneId.of(value.trim());
            } catch (java.time.DateTimeException e) {
                throw invalid(setting, value, "a time zone name such as Europe/Berlin or Asia/Shanghai");
            }
        });
    }

    private static IllegalArgumentException invalid(Setting setting, String value, String expected) {
        return new IllegalArgumentException(setting.key() + " (" + setting.flag() + ", "
                + setting.environmentVariable() + ") must be " + expected + ", was '" + value + "'");
    }

    private static Map<String, String> readYaml(Path file) {
        if (file == null || !Files.isRegularFile(file)) {
            return Map.of();
        }
        try {
            JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(file.toFile());
            if (root == null || root.isNull()) {
                return Map.of();
            }
            if (!root.isObject()) {
                throw new IllegalArgumentException(file + " must be a mapping of setting names to values");
            }
            Map<String, String> values = new java.util.HashMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                boolean known = java.util.Arrays.stream(Setting.values()).anyMatch(s -> s.key().equals(field.getKey()));
                if (!known) {
                    throw new IllegalArgumentException(file + ": unknown setting '" + field.getKey() + "'");
                }
                values.put(field.getKey(), field.getValue().isNull() ? null : field.getValue().asText());
            }
            return values;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
