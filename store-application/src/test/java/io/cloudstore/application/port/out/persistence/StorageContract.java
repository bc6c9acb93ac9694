package io.cloudstore.application.port.out.persistence;

import org.junit.jupiter.api.BeforeEach;

/**
 * What every storage contract asks of an adapter: one factory for the store under test.
 *
 * <p>{@link #storage()} is called before each test. It may hand every test of a class the same store (for
 * example one set of DynamoDB tables with a table prefix made for that test class): the tests never clean
 * up, never assume the store is empty, and use fresh ids, emails, categories and search words of their own.
 *
 * <pre>{@code
 * class DynamoDbOrderRepositoryIT extends OrderRepositoryContract {
 *   private static final StorageUnderTest STORE = storageWithTablePrefix("it-" + UUID.randomUUID());
 *
 *   protected StorageUnderTest storage() {
 *     return STORE;
 *   }
 * }
 * }</pre>
 */
public abstract class StorageContract {
  private StorageUnderTest store;

  /** The store under test. */
  protected abstract StorageUnderTest storage();

  @BeforeEach
  void openStore() {
    store = storage();
  }

  protected final UserRepository users() {
    return store.users();
  }

  protected final ProductRepository products() {
    return store.products();
  }

  protected final CartRepository carts() {
    return store.carts();
  }

  protected final OrderRepository orders() {
    return store.orders();
  }
}
