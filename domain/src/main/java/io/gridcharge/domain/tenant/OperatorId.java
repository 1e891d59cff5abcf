package io.gridcharge.domain.tenant;

import io.gridcharge.domain.shared.Slug;

/** A charging provider's identity in the platform, chosen by the platform admin ("stadtwerke-nord"). */
public record OperatorId(String value) {
    public OperatorId {
        Slug.check(value, "operatorId");
    }

    public static OperatorId of(String value) {
        return new OperatorId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
