package io.cloudstore.adapter.out.metrics;

/**
 * The names of Cloud Store's own meters, in Micrometer's dotted form. Prometheus shows them with
 * underscores and a unit or {@code _total} suffix: {@code cloudstore.orders.placed} is scraped as
 * {@code cloudstore_orders_placed_total}.
 */
public final class MeterNames {
  /** Counter of customer registrations, tag {@code outcome}: success, email_taken, invalid, error. */
  public static final String REGISTRATIONS = "cloudstore.registrations";
  /**
   * Counter of log-ins, tag {@code outcome}: success, bad_credentials, error; the HTTP adapter adds
   * throttled (refused before the password was checked).
   */
  public static final String LOGINS = "cloudstore.logins";
  /** Counter of carts replaced by their owner. */
  public static final String CARTS_SAVED = "cloudstore.carts.saved";
  /** Counter of orders created by a checkout (replays of an earlier order are not counted). */
  public static final String ORDERS_PLACED = "cloudstore.orders.placed";
  /** Summary of the totals of placed orders, in the currency's major unit, tag {@code currency}. */
  public static final String ORDER_VALUE = "cloudstore.orders.value";
  /** Counter of checkouts that created no order, tag {@code reason} (see {@link CheckoutFailure}). */
  public static final String CHECKOUT_FAILURES = "cloudstore.checkout.failures";
  /** Counter of orders cancelled by their owner. */
  public static final String ORDERS_CANCELLED = "cloudstore.orders.cancelled";
  /** Counter of orders shipped by an admin. */
  public static final String ORDERS_SHIPPED = "cloudstore.orders.shipped";
  /**
   * Timer of storage port calls, tags {@code storage}, {@code repository}, {@code operation} and
   * {@code outcome}: success, rejected (the store answered no: a conflict, a taken email...), unavailable,
   * error.
   */
  public static final String STORAGE_OPERATIONS = "cloudstore.storage.operations";
  /** Counter of failed storage port calls, tags as the timer and {@code error}: unavailable, unexpected. */
  public static final String STORAGE_ERRORS = "cloudstore.storage.errors";
  /**
   * Counter of retries by the storage client (attempts after the first), tags {@code storage} and
   * {@code operation} (the client's own, such as {@code TransactWriteItems}).
   */
  public static final String STORAGE_CLIENT_RETRIES = "cloudstore.storage.client.retries";
  /** Counter of storage client attempts refused by throttling, tags as the retries. */
  public static final String STORAGE_CLIENT_THROTTLES = "cloudstore.storage.client.throttles";

  /**
   * Counter of catalog reads through the catalog cache, tag {@code result}: hit (answered without a storage
   * call of its own), miss (read storage). Stays at zero while the cache is off.
   */
  public static final String CATALOG_CACHE_REQUESTS = "cloudstore.catalog.cache.requests";
  /** Gauge of what the cached catalog answers hold, counted as against the cache's bound (products). */
  public static final String CATALOG_CACHE_PRODUCTS = "cloudstore.catalog.cache.products";

  private MeterNames() {}
}
