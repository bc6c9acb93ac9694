package io.cloudstore.adapter.in.http.support;

import io.cloudstore.application.port.in.order.CheckoutBusyException;
import io.cloudstore.application.port.in.order.IdempotencyKeyReusedException;
import io.cloudstore.application.port.in.order.TotalChangedException;
import io.cloudstore.domain.ConflictException;
import io.cloudstore.domain.FieldError;
import io.cloudstore.domain.money.Money;
import io.cloudstore.domain.order.InsufficientStockException;
import io.cloudstore.domain.order.OrderStatusConflictException;
import io.cloudstore.domain.user.EmailAlreadyRegisteredException;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The one place where problem details are worded. Texts are written here for clients; the only outside
 * text used is the message of a domain exception, which the domain writes for clients by contract.
 */
public final class Problems {
  public static final String WWW_AUTHENTICATE = "WWW-Authenticate";
  public static final String RETRY_AFTER = "Retry-After";
  static final long STORAGE_RETRY_AFTER_SECONDS = 5;
  private static final String BEARER_CHALLENGE = "Bearer realm=\"cloudstore\"";

  private Problems() {}

  public static Problem validation(List<FieldError> errors) {
    return new Problem(
        422, type("validation-failed"), "Some fields are not valid",
        "Correct the fields listed in errors and send the request again.", errors, Map.of(), Map.of());
  }

  public static Problem malformed(String detail) {
    return simple(400, "malformed-request", "The request could not be read", detail);
  }

  /** A body that is JSON but has a value of the wrong type in a field this API reads. */
  public static Problem wrongType(String field) {
    return new Problem(
        400, type("malformed-request"), "The request could not be read",
        "A field has a value of the wrong type; see errors.",
        List.of(new FieldError(field, "has the wrong type")), Map.of(), Map.of());
  }

  public static Problem invalidCursor() {
    return simple(400, "invalid-cursor", "The page cursor is not valid",
        "The cursor was not made by this store or was changed. Start again from the first page.");
  }

  public static Problem missingToken() {
    return simple(401, "unauthenticated", "Authentication required",
            "Send an access token as 'Authorization: Bearer <token>'. Log in to get one.")
        .withHeader(WWW_AUTHENTICATE, BEARER_CHALLENGE);
  }

  public static Problem invalidToken() {
    return simple(401, "unauthenticated", "Authentication required",
            "The access token is missing, invalid or expired. Log in again.")
        .withHeader(WWW_AUTHENTICATE, BEARER_CHALLENGE + ", error=\"invalid_token\"");
  }

  /** A scraper of {@code /metrics} without the configured metrics token, or with another one. */
  public static Problem metricsTokenRequired() {
    return simple(401, "unauthenticated", "Authentication required",
            "Send the metrics token (STORE_METRICS_TOKEN) as 'Authorization: Bearer <token>'.")
        .withHeader(WWW_AUTHENTICATE, BEARER_CHALLENGE);
  }

  public static Problem invalidCredentials() {
    return simple(401, "invalid-credentials", "Log-in failed", "The email or password is not correct.")
        .withHeader(WWW_AUTHENTICATE, BEARER_CHALLENGE);
  }

  public static Problem forbidden() {
    return simple(403, "forbidden", "Not allowed", "Your account is not allowed to do this.");
  }

  /** @param detail a domain exception's message, which names what was not found */
  public static Problem notFound(String detail) {
    return simple(404, "not-found", "Not found", detail);
  }

  public static Problem noSuchResource() {
    return simple(404, "not-found", "Not found", "There is nothing at this address.");
  }

  public static Problem methodNotAllowed(String allowedMethods) {
    Problem problem = simple(405, "method-not-allowed", "Method not allowed",
        "This address does not support this HTTP method.");
    return allowedMethods.isBlank() ? problem : problem.withHeader("Allow", allowedMethods);
  }

  public static Problem tooLarge(long maxBytes) {
    return simple(413, "request-too-large", "Request body too large",
        "A request body may be at most " + maxBytes + " bytes.");
  }

  public static Problem unsupportedMediaType() {
    return simple(415, "unsupported-media-type", "Unsupported media type",
        "Send the request body as JSON with 'Content-Type: application/json'.");
  }

  public static Problem loginThrottled(Duration retryAfter) {
    long seconds = Math.max(1, (retryAfter.toMillis() + 999) / 1000);
    return simple(429, "too-many-attempts", "Too many failed log-ins",
            "Too many failed log-ins for this account or from this address. Try again in " + seconds
                + " seconds.")
        .withHeader(RETRY_AFTER, Long.toString(seconds));
  }

  public static Problem conflict(ConflictException e) {
    if (e instanceof InsufficientStockException) {
      var products = ((InsufficientStockException) e).shortProducts().stream()
          .map(p -> new ShortProductResponse(p.productId().value(), p.name()))
          .toList();
      return simple(409, "insufficient-stock", "Not enough stock", e.getMessage())
          .withExtension("products", products);
    }
    if (e instanceof TotalChangedException) {
      Money total = ((TotalChangedException) e).currentTotal();
      return simple(409, "total-changed", "The total has changed", e.getMessage())
          .withExtension("currentTotal", total.amount())
          .withExtension("currency", total.currency().getCurrencyCode());
    }
    if (e instanceof EmailAlreadyRegisteredException) {
      return simple(409, "email-taken", "Email already registered", e.getMessage());
    }
    if (e instanceof OrderStatusConflictException) {
      return simple(409, "order-status-conflict", "The order cannot change like this", e.getMessage());
    }
    if (e instanceof IdempotencyKeyReusedException) {
      return simple(409, "idempotency-key-reused", "Idempotency-Key already used", e.getMessage());
    }
    if (e instanceof CheckoutBusyException) {
      return simple(409, "checkout-busy", "Prices changed during checkout", e.getMessage());
    }
    return simple(409, "conflict", "Conflict", e.getMessage());
  }

  /** A business rule without a more specific mapping; the domain words its message for clients. */
  public static Problem ruleBroken(String detail) {
    return simple(422, "rule-broken", "The request breaks a rule of the store", detail);
  }

  public static Problem concurrentUpdate() {
    return simple(409, "concurrent-update", "Changed by someone else",
        "Someone else changed this at the same time. Load it again and retry.");
  }

  public static Problem storageUnavailable() {
    return simple(503, "storage-unavailable", "Temporarily unavailable",
            "The store cannot reach its storage right now. Nothing was changed; try again shortly.")
        .withHeader(RETRY_AFTER, Long.toString(STORAGE_RETRY_AFTER_SECONDS));
  }

  /** @param correlationId also written in the server's log line, so that support can find the cause */
  public static Problem unexpected(String correlationId) {
    return simple(500, "internal-error", "Something went wrong",
            "An unexpected error occurred. If it persists, contact support with the correlation id.")
        .withExtension("correlationId", correlationId);
  }

  /** Any other status Javalin itself answers with (for example a timeout). */
  public static Problem status(int status) {
    return simple(status, "http-" + status, "Request failed", "The request could not be completed.");
  }

  private static Problem simple(int status, String slug, String title, String detail) {
    return new Problem(status, type(slug), title, detail, List.of(), Map.of(), Map.of());
  }

  private static String type(String slug) {
    return "/problems/" + slug;
  }

  /** One product that could not supply its line, as named in an {@code insufficient-stock} problem. */
  public record ShortProductResponse(String productId, String name) {}
}
