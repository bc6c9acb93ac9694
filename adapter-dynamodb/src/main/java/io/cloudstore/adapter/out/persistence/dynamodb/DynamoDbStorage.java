package io.cloudstore.adapter.out.persistence.dynamodb;

import io.cloudstore.adapter.out.persistence.dynamodb.PageReader.ReadBudget;
import io.cloudstore.application.port.out.persistence.CartRepository;
import io.cloudstore.application.port.out.persistence.OrderRepository;
import io.cloudstore.application.port.out.persistence.PageCursorCodec;
import io.cloudstore.application.port.out.persistence.ProductRepository;
import io.cloudstore.application.port.out.persistence.StorageHealth;
import io.cloudstore.application.port.out.persistence.StorageUnavailableException;
import io.cloudstore.application.port.out.persistence.UserRepository;
import java.time.Clock;
import java.util.Objects;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The store's storage on DynamoDB: the four repositories and a health check, sharing one SDK client
 * (and its HTTP connection pool). Bootstrap builds one with {@link #connect} and closes it at shutdown.
 *
 * <pre>{@code
 * try (DynamoDbStorage storage = DynamoDbStorage.connect(
 *     new DynamoDbSettings("eu-west-1", Optional.empty(), "shop-"), cursorCodec, Clock.systemUTC())) {
 *   storage.createMissingTables(); // only where this process may create tables
 *   CloudStore.builder().users(storage.users()).products(storage.products()) ...
 * }
 * }</pre>
 */
public final class DynamoDbStorage implements AutoCloseable {
  private final DynamoDbClient client;
  private final TableNames tables;
  private final UserRepository users;
  private final ProductRepository products;
  private final CartRepository carts;
  private final OrderRepository orders;
  private final StorageHealth health;

  private DynamoDbStorage(DynamoDbClient client, TableNames tables, PageCursorCodec cursorCodec, Clock clock,
      ReadBudget searchBudget) {
    this.client = client;
    this.tables = tables;
    PageCursors cursors = new PageCursors(cursorCodec);
    Backoff backoff = Backoff.standard();
    Transactions transactions = new Transactions(client, backoff);
    this.users = new DynamoDbUserRepository(client, tables.users(), transactions);
    this.products = new DynamoDbProductRepository(client, tables.products(), cursors, backoff, searchBudget);
    this.carts = new DynamoDbCartRepository(client, tables.carts(), backoff);
    this.orders = new DynamoDbOrderRepository(client, tables, transactions, backoff, cursors, clock);
    this.health = new DynamoDbStorageHealth(client, tables.products());
  }

  /**
   * Builds the client; does not contact DynamoDB yet. Credentials come from the SDK's default chain
   * (environment, profile, container or instance role); with an endpoint override and no credentials
   * anywhere, placeholder credentials are used, which a local emulator accepts.
   *
   * @param cursors signs paging cursors; instances sharing the tables must share its key
   * @param clock stamps {@code updated_at} on products whose stock an order changes
   */
  public static DynamoDbStorage connect(DynamoDbSettings settings, PageCursorCodec cursors, Clock clock) {
    return connect(settings, cursors, clock, DynamoDbCallListener.NONE);
  }

  /** Like {@link #connect(DynamoDbSettings, PageCursorCodec, Clock)}, telling {@code calls} about retries and throttling. */
  public static DynamoDbStorage connect(
      DynamoDbSettings settings, PageCursorCodec cursors, Clock clock, DynamoDbCallListener calls) {
    return connect(settings, cursors, clock, ReadBudget.STANDARD, calls);
  }

  static DynamoDbStorage connect(
      DynamoDbSettings settings, PageCursorCodec cursors, Clock clock, ReadBudget searchBudget) {
    return connect(settings, cursors, clock, searchBudget, DynamoDbCallListener.NONE);
  }

  private static DynamoDbStorage connect(
      DynamoDbSettings settings, PageCursorCodec cursors, Clock clock, ReadBudget searchBudget,
      DynamoDbCallListener calls) {
    Objects.requireNonNull(settings, "settings");
    Objects.requireNonNull(cursors, "cursors");
    Objects.requireNonNull(clock, "clock");
    Objects.requireNonNull(calls, "calls");
    return new DynamoDbStorage(
        DynamoDbClientFactory.create(settings, calls), TableNames.withPrefix(settings.tablePrefix()), cursors,
        clock, searchBudget);
  }

  public UserRepository users() {
    return users;
  }

  public ProductRepository products() {
    return products;
  }

  public CartRepository carts() {
    return carts;
  }

  public OrderRepository orders() {
    return orders;
  }

  public StorageHealth health() {
    return health;
  }

  /**
   * Creates the tables and indexes that do not exist yet (on-demand billing), waits until they are
   * ACTIVE, and enables point-in-time recovery on tables it created (a warning where the endpoint does
   * not support it). Existing tables are left as they are. Safe to call again, also from several
   * instances at once. An operations task: call it from bootstrap when configured, never per request.
   *
   * @throws StorageUnavailableException if DynamoDB cannot be reached or a table does not become ACTIVE
   */
  public void createMissingTables() {
    new TableCreator(client).createMissing(TableDefinitions.all(tables));
  }

  /** Closes the SDK client and its connection pool. */
  @Override
  public void close() {
    client.close();
  }
}
