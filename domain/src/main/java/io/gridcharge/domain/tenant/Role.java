package io.gridcharge.domain.tenant;

/**
 * What a user may do (issue 7). {@code ADMIN} is the platform admin and sees everything; the others see and
 * change only their own operator's or site's data (see {@link TenantAccess}).
 */
public enum Role {
    ADMIN, OPERATOR_ADMIN, PROPERTY_MANAGER, FINANCE, DRIVER
}
