package io.gridcharge.domain.tenant;

/** What a user may do. More roles (operator admin, property manager, finance, driver) come with billing. */
public enum Role {
    ADMIN
}
