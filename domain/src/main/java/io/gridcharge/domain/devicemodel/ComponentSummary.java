package io.gridcharge.domain.devicemodel;

/** A component of a station's device model and how many of its variables the platform knows. */
public record ComponentSummary(ComponentRef component, int variables) {
}
