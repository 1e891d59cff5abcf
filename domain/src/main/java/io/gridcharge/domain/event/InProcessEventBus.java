package io.gridcharge.domain.event;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Single-node event bus: delivers each event to every subscriber on the publisher's thread. A failing
 * subscriber is logged and does not stop the others or the publisher.
 */
public final class InProcessEventBus implements EventPublisher {
    private static final Logger LOG = Logger.getLogger(InProcessEventBus.class.getName());
    private final List<Consumer<DomainEvent>> subscribers = new CopyOnWriteArrayList<>();

    public Runnable subscribe(Consumer<DomainEvent> subscriber) {
        subscribers.add(subscriber);
        return () -> subscribers.remove(subscriber);
    }

    @Override
    public void publish(DomainEvent event) {
        for (Consumer<DomainEvent> subscriber : subscribers) {
            try {
                subscriber.accept(event);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "event subscriber failed on " + event, e);
            }
        }
    }
}
