package io.gridcharge.domain.testing;

import io.gridcharge.domain.event.DomainEvent;
import io.gridcharge.domain.event.EventPublisher;
import io.gridcharge.domain.shared.Page;
import io.gridcharge.domain.shared.PageRequest;
import io.gridcharge.domain.shared.PasswordHasher;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Small test doubles shared by the in-memory repositories and the tests of every module. */
public final class Fakes {
    private Fakes() {
    }

    static <T> Page<T> page(List<T> all, PageRequest page) {
        int from = (int) Math.min(page.offset(), all.size());
        int to = Math.min(from + page.size(), all.size());
        return new Page<>(all.subList(from, to), page.page(), page.size(), all.size());
    }

    /** Hashing that is fast and obviously not secure: for tests only. */
    public static PasswordHasher plainHasher() {
        return new PasswordHasher() {
            @Override
            public String hash(String password) {
                return "hashed:" + password;
            }

            @Override
            public boolean verify(String password, String hash) {
                return hash.equals("hashed:" + password);
            }
        };
    }

    /** Collects published events so tests can look at them. */
    public static final class RecordedEvents implements EventPublisher {
        private final List<DomainEvent> events = new CopyOnWriteArrayList<>();
        private final List<java.util.function.Consumer<DomainEvent>> subscribers = new CopyOnWriteArrayList<>();

        @Override
        public void publish(DomainEvent event) {
            events.add(event);
            subscribers.forEach(subscriber -> subscriber.accept(event));
        }

        /** Hands every event published from now on to {@code subscriber} too, as the platform's bus would. */
        public void subscribe(java.util.function.Consumer<DomainEvent> subscriber) {
            subscribers.add(subscriber);
        }

        public <E extends DomainEvent> List<E> of(Class<E> type) {
            return events.stream().filter(type::isInstance).map(type::cast).toList();
        }

        public List<DomainEvent> all() {
            return List.copyOf(events);
        }
    }

    /** A clock the test moves by hand. */
    public static final class ManualClock extends Clock {
        private volatile Instant now;

        public ManualClock(Instant start) {
            this.now = start;
        }

        public ManualClock() {
            this(Instant.parse("2026-11-21T08:00:00Z"));
        }

        public void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
