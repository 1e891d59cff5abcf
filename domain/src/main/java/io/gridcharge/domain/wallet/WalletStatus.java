package io.gridcharge.domain.wallet;

/**
 * Active wallets take top-ups, refunds and charges. A frozen one takes no top-up or refund and authorizes no
 * new charge; a charge already running is still settled, since its energy was delivered. A closed one is
 * final and had a zero balance when it closed.
 */
public enum WalletStatus {
    ACTIVE, FROZEN, CLOSED
}
