package io.gridcharge.api.billing;

import io.gridcharge.domain.billing.BillingReports;
import io.gridcharge.domain.billing.ChargingRefusalRepository;
import io.gridcharge.domain.billing.GuestCharging;
import io.gridcharge.domain.billing.MonthlyStatements;
import io.gridcharge.domain.billing.OrderHistory;
import io.gridcharge.domain.billing.SiteTariffs;
import io.gridcharge.domain.tenant.TenantAdministration;
import io.gridcharge.domain.wallet.DriverVehicles;
import io.gridcharge.domain.wallet.WalletAdministration;
import java.util.Objects;

/** The billing and tenancy services the API serves (issue 7). */
public record BillingServices(TenantAdministration tenants, SiteTariffs tariffs, WalletAdministration wallets,
                              OrderHistory orders, BillingReports reports,
                              ChargingRefusalRepository refusals, DriverVehicles vehicles,
                              MonthlyStatements statements, GuestCharging guests) {
    public BillingServices {
        Objects.requireNonNull(tenants, "tenants");
        Objects.requireNonNull(tariffs, "tariffs");
        Objects.requireNonNull(wallets, "wallets");
        Objects.requireNonNull(orders, "orders");
        Objects.requireNonNull(reports, "reports");
        Objects.requireNonNull(refusals, "refusals");
        Objects.requireNonNull(vehicles, "vehicles");
        Objects.requireNonNull(statements, "statements");
        Objects.requireNonNull(guests, "guests");
    }
}
