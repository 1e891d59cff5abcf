package io.gridcharge.domain.tenant;

import java.util.Objects;

/**
 * Who sees and changes what (issue 7). The platform admin: everything. An operator admin: all of their
 * operator's data. Finance: sees all of their operator's data and books money, changes no set-up. A property
 * manager: their site, its prices and the wallets of its residents. A driver: their own wallet and orders.
 * Each question names the data's operator, site (null when it has none) and wallet (null when none).
 */
public record TenantAccess(User user) {
    public TenantAccess {
        Objects.requireNonNull(user, "user");
    }

    public boolean isPlatformAdmin() {
        return user.role() == Role.ADMIN;
    }

    public boolean sees(OperatorId operator, SiteId site, Long wallet) {
        Scope scope = user.scope();
        return switch (user.role()) {
            case ADMIN -> true;
            case OPERATOR_ADMIN, FINANCE -> scope.operator().equals(operator);
            case PROPERTY_MANAGER -> scope.operator().equals(operator) && scope.site().equals(site);
            case DRIVER -> scope.operator().equals(operator) && scope.wallet().equals(wallet);
        };
    }

    /** Set-up: sites, their stations and prices. */
    public boolean manages(OperatorId operator, SiteId site) {
        Scope scope = user.scope();
        return switch (user.role()) {
            case ADMIN -> true;
            case OPERATOR_ADMIN -> scope.operator().equals(operator);
            case PROPERTY_MANAGER -> scope.operator().equals(operator) && scope.site().equals(site);
            case FINANCE, DRIVER -> false;
        };
    }

    /** Money: top-ups, refunds, adjustments, wallet status. A driver books only top-ups on their own wallet. */
    public boolean books(OperatorId operator, SiteId site, Long wallet) {
        return switch (user.role()) {
            case ADMIN, OPERATOR_ADMIN, FINANCE, PROPERTY_MANAGER -> sees(operator, site, wallet);
            case DRIVER -> false;
        };
    }
}
