package io.cloudstore.adapter.in.http.support;

import io.javalin.security.RouteRole;

/** Who may call a route; every API route declares exactly one. */
public enum Access implements RouteRole {
  /** No token needed. */
  ANYONE,
  /** A valid token of a customer or an admin. */
  SIGNED_IN,
  /** A valid token of an admin. */
  ADMIN,
  /** The metrics scraper's own bearer token (not a user's); the route is off (404) when none is configured. */
  METRICS
}
