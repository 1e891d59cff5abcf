package io.gridcharge.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The weights of the message mix, e.g. {@code heartbeat=1,status=1,meter=2,tx=1}. Each time a station is free to
 * send, it draws one kind with probability weight / sum of weights; {@code tx} is a whole transaction
 * (Authorize, StartTransaction, MeterValues, StopTransaction), sent one call after the other.
 */
public record Mix(Map<Kind, Integer> weights) {

    /** What a station can send in the mix. */
    public enum Kind {
        HEARTBEAT("heartbeat"), STATUS("status"), METER("meter"), TX("tx");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public static final String DEFAULT = "heartbeat=1,status=1,meter=2";

    public Mix {
        weights = Map.copyOf(weights);
        if (weights.values().stream().mapToInt(Integer::intValue).sum() <= 0) {
            throw new IllegalArgumentException("The mix needs at least one positive weight");
        }
    }

    /** @throws IllegalArgumentException naming the part that is not {@code kind=weight} */
    public static Mix parse(String text) {
        Map<Kind, Integer> weights = new LinkedHashMap<>();
        for (String part : text.split(",")) {
            String[] pair = part.trim().split("=");
            if (pair.length != 2) {
                throw new IllegalArgumentException("Not kind=weight: '" + part + "'");
            }
            Kind kind = kindOf(pair[0].trim());
            int weight;
            try {
                weight = Integer.parseInt(pair[1].trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("Not a whole number: '" + pair[1] + "'", e);
            }
            if (weight < 0) {
                throw new IllegalArgumentException("A weight must not be negative: '" + part + "'");
            }
            weights.put(kind, weight);
        }
        return new Mix(weights);
    }

    private static Kind kindOf(String label) {
        for (Kind kind : Kind.values()) {
            if (kind.label.equals(label.toLowerCase(Locale.ROOT))) {
                return kind;
            }
        }
        throw new IllegalArgumentException("Unknown kind '" + label + "', expected heartbeat, status, meter or tx");
    }

    public boolean includes(Kind kind) {
        return weights.getOrDefault(kind, 0) > 0;
    }

    /** One draw; thread-safe. */
    public Kind draw() {
        int total = 0;
        for (Kind kind : Kind.values()) {
            total += weights.getOrDefault(kind, 0);
        }
        int pick = ThreadLocalRandom.current().nextInt(total);
        for (Kind kind : Kind.values()) {
            pick -= weights.getOrDefault(kind, 0);
            if (pick < 0) {
                return kind;
            }
        }
        throw new IllegalStateException("unreachable");
    }

    @Override
    public String toString() {
        List<String> parts = new ArrayList<>();
        for (Kind kind : Kind.values()) {
            if (weights.containsKey(kind)) {
                parts.add(kind.label + "=" + weights.get(kind));
            }
        }
        return String.join(",", parts);
    }
}
