package io.gridcharge.store.repository;

import static io.gridcharge.store.repository.Fixtures.T0;
import static io.gridcharge.store.repository.Fixtures.minutes;
import static org.assertj.core.api.Assertions.assertThat;

import io.gridcharge.domain.shared.PageRequest;
import io.gridcharge.domain.tenant.Role;
import io.gridcharge.domain.tenant.User;
import io.gridcharge.store.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class PgUserRepositoryIT {
    @RegisterExtension
    static final TestDatabase db = new TestDatabase();

    private static final User ADMIN = new User("admin", "$argon2id$v=19$hash", Role.ADMIN, T0);

    private PgUserRepository users;

    @BeforeEach
    void emptyDatabase() {
        Fixtures.emptyAllTables(db.jdbi());
        users = new PgUserRepository(db.jdbi());
    }

    @Test
    void aUserIsFoundByName() {
        assertThat(users.insert(ADMIN)).isTrue();

        assertThat(users.find("admin")).contains(ADMIN);
        assertThat(users.find("nobody")).isEmpty();
    }

    @Test
    void aTakenUsernameIsNotInsertedAgain() {
        users.insert(ADMIN);

        boolean inserted = users.insert(new User("admin", "other-hash", Role.ADMIN, minutes(1)));

        assertThat(inserted).isFalse();
        assertThat(users.find("admin")).contains(ADMIN);
    }

    @Test
    void thereIsAnyUserOnceOneWasAdded() {
        assertThat(users.anyUser()).isFalse();

        users.insert(ADMIN);

        assertThat(users.anyUser()).isTrue();
    }

    @Test
    void aSessionFindsItsUserUntilItExpires() {
        users.insert(ADMIN);

        users.saveSession("sha256-of-token", "admin", minutes(60));

        assertThat(users.findBySession("sha256-of-token", minutes(59))).contains(ADMIN);
        assertThat(users.findBySession("sha256-of-token", minutes(60))).isEmpty();
        assertThat(users.findBySession("sha256-of-token", minutes(61))).isEmpty();
    }

    @Test
    void anUnknownSessionFindsNoUser() {
        users.insert(ADMIN);

        assertThat(users.findBySession("never-issued", T0)).isEmpty();
    }

    @Test
    void aDeletedSessionFindsNoUser() {
        users.insert(ADMIN);
        users.saveSession("sha256-of-token", "admin", minutes(60));

        users.deleteSession("sha256-of-token");

        assertThat(users.findBySession("sha256-of-token", T0)).isEmpty();
    }

    @Test
    void aUsersAccessIsChangedAndReadBackWithItsSessions() {
        users.insert(ADMIN);
        users.insert(new User("lin.wei", "hash-2", Role.ADMIN, T0));
        users.saveSession("session-hash", "lin.wei", minutes(60));

        assertThat(users.updateAccess("lin.wei", true, minutes(30))).isTrue();

        User lin = users.find("lin.wei").orElseThrow();
        assertThat(lin.blocked()).isTrue();
        assertThat(lin.expiresAt()).isEqualTo(minutes(30));
        assertThat(users.findBySession("session-hash", T0)).contains(lin);
        assertThat(users.updateAccess("nobody", true, null)).isFalse();
    }

    @Test
    void usersAreListedByNameAPageAtATime() {
        users.insert(new User("zhang", "h", Role.ADMIN, T0));
        users.insert(ADMIN);
        users.insert(new User("lin.wei", "h", Role.ADMIN, T0));

        var page = users.list(new PageRequest(0, 2));

        assertThat(page.total()).isEqualTo(3);
        assertThat(page.items()).extracting(User::username).containsExactly("admin", "lin.wei");
    }
}
