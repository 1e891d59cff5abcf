package io.gridcharge.domain.tenant;

import io.gridcharge.domain.shared.Conflict;
import io.gridcharge.domain.shared.InvalidInput;
import io.gridcharge.domain.shared.NotFound;
import io.gridcharge.domain.shared.PasswordHasher;
import io.gridcharge.domain.shared.Require;
import io.gridcharge.domain.station.StationId;
import io.gridcharge.domain.station.StationRepository;
import java.time.Clock;
import java.util.List;
import java.util.regex.Pattern;

/** Operators, their sites, which station is on which site, and the users who work on them. */
public final class TenantAdministration {
    /** Letters, digits and . _ - @, so a username reads the same in a log line, a URL and a CSV cell. */
    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._@-]{1,64}");

    private final TenantRepository tenants;
    private final StationRepository stations;
    private final UserRepository users;
    private final PasswordHasher hasher;
    private final Clock clock;

    public TenantAdministration(TenantRepository tenants, StationRepository stations, UserRepository users,
                                PasswordHasher hasher, Clock clock) {
        this.tenants = tenants;
        this.stations = stations;
        this.users = users;
        this.hasher = hasher;
        this.clock = clock;
    }

    public Operator createOperator(OperatorId id, String name) {
        Operator operator = new Operator(id, name, clock.instant());
        if (!tenants.insert(operator)) {
            throw new Conflict("operator " + id + " exists already");
        }
        return operator;
    }

    public Operator operator(OperatorId id) {
        return tenants.findOperator(id).orElseThrow(() -> new NotFound("operator", id));
    }

    public List<Operator> operators() {
        return tenants.operators();
    }

    public Site createSite(Site site) {
        operator(site.operatorId());
        if (!tenants.insert(site)) {
            throw new Conflict("site " + site.id() + " exists already");
        }
        return site;
    }

    public Site site(SiteId id) {
        return tenants.findSite(id).orElseThrow(() -> new NotFound("site", id));
    }

    public List<Site> sites(OperatorId operator) {
        return tenants.sites(operator);
    }

    public void assign(StationId station, SiteId site) {
        site(site);
        stations.find(station).orElseThrow(() -> new NotFound("station", station));
        tenants.assign(station, site);
    }

    /** The site a station is on, if any. */
    public java.util.Optional<Site> siteOfStation(StationId station) {
        return tenants.siteOf(station).flatMap(tenants::findSite);
    }

    public List<StationId> stationsOf(SiteId site) {
        site(site);
        return tenants.stationsOf(site);
    }

    /** A user for a role and scope; the scope's operator and site must exist and fit together. */
    public User createUser(String username, String password, Role role, Scope scope) {
        Require.present(username, "username");
        if (!USERNAME.matcher(username).matches()) {
            throw new InvalidInput("username", "must be 1 to 64 letters, digits or . _ - @");
        }
        PasswordPolicy.check(password);
        User user = new User(username, hasher.hash(password), role, clock.instant(), scope);
        if (scope.operator() != null) {
            operator(scope.operator());
        }
        if (scope.site() != null && !site(scope.site()).operatorId().equals(scope.operator())) {
            throw new Conflict("site " + scope.site() + " is not a site of operator " + scope.operator());
        }
        if (!users.insert(user)) {
            throw new Conflict("user " + username + " exists already");
        }
        return user;
    }
}
