package io.gridcharge.domain.event;

/** Port: hands committed events to whoever listens (in-process bus now, RabbitMQ in cluster mode). */
public interface EventPublisher {
    void publish(DomainEvent event);
}
