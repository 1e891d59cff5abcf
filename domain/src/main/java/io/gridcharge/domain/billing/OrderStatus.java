package io.gridcharge.domain.billing;

/**
 * SETTLED: paid from the driver's wallet when the charge ended. OPEN: priced, but no wallet pays for the
 * token (amount due outside the platform's wallets). UNPRICED: the station is on no site or the site had no
 * tariff in force; the note says which.
 */
public enum OrderStatus {
    SETTLED, OPEN, UNPRICED
}
