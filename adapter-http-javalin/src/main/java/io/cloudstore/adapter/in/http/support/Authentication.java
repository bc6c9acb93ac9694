package io.cloudstore.adapter.in.http.support;

import io.cloudstore.application.port.in.user.InvalidTokenException;
import io.cloudstore.application.port.in.user.VerifyTokenUseCase;
import io.cloudstore.domain.user.Principal;
import io.javalin.http.Context;
import io.javalin.security.RouteRole;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.slf4j.MDC;

/**
 * The one place that authenticates and authorises requests, run before every matched route: routes open to
 * {@link Access#ANYONE} (and static files, which declare no role) pass; other routes need a bearer token
 * that the store verifies (401 without one or with a bad one), and {@link Access#ADMIN} routes need an
 * admin's token (403 for a customer). The verified principal is kept on the context for the handler.
 * {@link Access#METRICS} routes need the metrics token instead of a user's, and do not exist (404) without
 * one.
 */
public final class Authentication {
  public static final String USER_ID_MDC_KEY = "userId";
  private static final String PRINCIPAL_ATTRIBUTE = "io.cloudstore.principal";
  private static final String BEARER_PREFIX = "bearer ";

  private final VerifyTokenUseCase verifyToken;
  private final Optional<byte[]> metricsTokenDigest;

  /** @param metricsToken the bearer token of {@link Access#METRICS} routes; empty turns those routes off */
  public Authentication(VerifyTokenUseCase verifyToken, Optional<String> metricsToken) {
    this.verifyToken = Objects.requireNonNull(verifyToken, "verifyToken");
    this.metricsTokenDigest = metricsToken.map(Authentication::sha256);
  }

  /** A before-matched handler. */
  public void authenticate(Context ctx) {
    Set<RouteRole> roles = ctx.routeRoles();
    if (roles.isEmpty() || roles.contains(Access.ANYONE)) {
      return;
    }
    if (roles.contains(Access.METRICS)) {
      checkMetricsToken(ctx.header("Authorization"));
      return;
    }
    String authorization = ctx.header("Authorization");
    if (authorization == null || authorization.isBlank()) {
      throw new RequestRejectedException(Problems.missingToken());
    }
    if (!authorization.toLowerCase(Locale.ROOT).startsWith(BEARER_PREFIX)) {
      throw new InvalidTokenException();
    }
    Principal principal = verifyToken.verify(authorization.substring(BEARER_PREFIX.length()).strip());
    ctx.attribute(PRINCIPAL_ATTRIBUTE, principal);
    MDC.put(USER_ID_MDC_KEY, principal.userId().value());
    if (roles.contains(Access.ADMIN) && !principal.isAdmin()) {
      throw new RequestRejectedException(Problems.forbidden());
    }
  }

  private void checkMetricsToken(String authorization) {
    byte[] expected = metricsTokenDigest.orElseThrow(() -> new RequestRejectedException(Problems.noSuchResource()));
    boolean bearer = authorization != null && authorization.toLowerCase(Locale.ROOT).startsWith(BEARER_PREFIX);
    // Digests have one length, so the comparison takes the same time for every wrong token.
    if (!bearer
        || !MessageDigest.isEqual(expected, sha256(authorization.substring(BEARER_PREFIX.length()).strip()))) {
      throw new RequestRejectedException(Problems.metricsTokenRequired());
    }
  }

  private static byte[] sha256(String token) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  /** The verified caller of a route that requires a token. */
  public static Principal principal(Context ctx) {
    Principal principal = ctx.attribute(PRINCIPAL_ATTRIBUTE);
    if (principal == null) {
      throw new IllegalStateException("no principal: the route " + ctx.endpoint().path + " must require a token");
    }
    return principal;
  }

  /** The caller's user id if the request was authenticated, for the access log. */
  static String userIdOrDash(Context ctx) {
    Principal principal = ctx.attribute(PRINCIPAL_ATTRIBUTE);
    return principal == null ? "-" : principal.userId().value();
  }
}
