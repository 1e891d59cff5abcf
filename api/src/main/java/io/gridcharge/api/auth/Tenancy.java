package io.gridcharge.api.auth;

import io.gridcharge.api.http.HttpProblem;
import io.gridcharge.api.http.Problem;
import io.gridcharge.api.http.ProblemType;
import io.gridcharge.domain.shared.NotFound;
import io.gridcharge.domain.tenant.OperatorId;
import io.gridcharge.domain.tenant.SiteId;
import io.gridcharge.domain.tenant.TenantAccess;
import io.gridcharge.domain.tenant.User;
import io.javalin.http.Context;

/**
 * Tenancy on every call (issue 7): data of another operator or site is answered as if it did not exist (404,
 * so ids of other tenants are not confirmed); own data the role may see but not change is a 403.
 */
public final class Tenancy {
    private Tenancy() {
    }

    public static User user(Context ctx) {
        return BearerAuthentication.user(ctx);
    }

    public static TenantAccess access(Context ctx) {
        return new TenantAccess(user(ctx));
    }

    /** Fails with 404 unless the user sees the data named (what: "site garage"). */
    public static void requireSees(Context ctx, OperatorId operator, SiteId site, Long wallet, String what, Object id) {
        if (!access(ctx).sees(operator, site, wallet)) {
            throw new NotFound(what, id);
        }
    }

    public static void requireManages(Context ctx, OperatorId operator, SiteId site, String what, Object id) {
        requireSees(ctx, operator, site, null, what, id);
        if (!access(ctx).manages(operator, site)) {
            throw forbidden("Role " + user(ctx).role() + " cannot change " + what + " " + id + ".");
        }
    }

    public static void requireBooks(Context ctx, OperatorId operator, SiteId site, Long wallet, String what, Object id) {
        requireSees(ctx, operator, site, wallet, what, id);
        if (!access(ctx).books(operator, site, wallet)) {
            throw forbidden("Role " + user(ctx).role() + " cannot book on " + what + " " + id + ".");
        }
    }

    public static void requirePlatformAdmin(Context ctx) {
        if (!access(ctx).isPlatformAdmin()) {
            throw forbidden("Only the platform admin may do this.");
        }
    }

    public static HttpProblem forbidden(String detail) {
        return new HttpProblem(Problem.of(ProblemType.FORBIDDEN, detail));
    }
}
