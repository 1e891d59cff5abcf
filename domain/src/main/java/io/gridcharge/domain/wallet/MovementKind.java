package io.gridcharge.domain.wallet;

/** Why money moved: a top-up, a refund, a charge settled from an order, or an adjustment (dispute, goodwill). */
public enum MovementKind {
    TOP_UP, REFUND, CHARGE, ADJUSTMENT
}
