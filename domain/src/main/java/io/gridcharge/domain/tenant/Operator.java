package io.gridcharge.domain.tenant;

import io.gridcharge.domain.shared.Require;
import java.time.Instant;

/** A charging provider: owns sites, their stations and prices, and the wallets of its drivers. */
public record Operator(OperatorId id, String name, Instant createdAt) {
    public Operator {
        Require.present(id, "id");
        Require.text(name, 100, "name");
        Require.present(createdAt, "createdAt");
    }
}
