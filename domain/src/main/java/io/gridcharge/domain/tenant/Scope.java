package io.gridcharge.domain.tenant;

/**
 * Whose data a user works on: the platform admin's is empty (everything); an operator admin's and finance's
 * name their operator; a property manager's their site (and its operator); a driver's their wallet (and its
 * operator). The wallet is its number, so tenancy does not depend on the wallet context.
 */
public record Scope(OperatorId operator, SiteId site, Long wallet) {
    public static final Scope PLATFORM = new Scope(null, null, null);
}
