package io.gridcharge.domain.billing;

/**
 * The parts of a charge's price (issue 7). {@code ADJUSTMENT} lifts a total below the session minimum to it,
 * or lowers one above the maximum to it, so the breakdown still adds up to the total.
 */
public enum PriceComponent {
    ENERGY, SERVICE, TIME, IDLE, SESSION, ADJUSTMENT
}
