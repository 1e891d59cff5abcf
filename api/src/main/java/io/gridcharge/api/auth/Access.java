package io.gridcharge.api.auth;

import io.javalin.security.RouteRole;

/** Marks the few routes open without a bearer token; every other route requires one. */
public enum Access implements RouteRole {
    ANONYMOUS
}
