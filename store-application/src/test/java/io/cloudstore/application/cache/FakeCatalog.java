package io.cloudstore.application.cache;

import io.cloudstore.application.port.out.persistence.ProductRepository;
import io.cloudstore.application.port.out.persistence.ProductSearch;
import io.cloudstore.domain.page.InvalidCursorException;
import io.cloudstore.domain.page.Page;
import io.cloudstore.domain.page.PageRequest;
import io.cloudstore.domain.product.Category;
import io.cloudstore.domain.product.CategoryCount;
import io.cloudstore.domain.product.Product;
import io.cloudstore.domain.product.ProductId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

/**
 * A product repository that counts its reads and can hold or fail the next ones, so tests can see what
 * the cache asks of storage. Pages hold every match (the cursor is only checked: "bad" is refused).
 */
final class FakeCatalog implements ProductRepository {
  static final String BAD_CURSOR = "bad";

  private final Map<ProductId, Product> products = new ConcurrentHashMap<>();
  private final AtomicInteger reads = new AtomicInteger();
  private final AtomicReference<RuntimeException> nextFailure = new AtomicReference<>();
  private final AtomicReference<Hold> hold = new AtomicReference<>();

  /** Reads that reached storage: searches, lookups by id and category counts. */
  int reads() {
    return reads.get();
  }

  /** The next read throws {@code failure} (after waiting at a hold, if one is set). */
  void failNextReadWith(RuntimeException failure) {
    nextFailure.set(failure);
  }

  /** Every read from now on waits at the returned hold until it is released. */
  Hold holdReads() {
    Hold newHold = new Hold();
    hold.set(newHold);
    return newHold;
  }

  /** Reads from now on pass at once. */
  void stopHolding() {
    hold.set(null);
  }

  /** Reads arriving at a hold signal {@link #awaitArrivals} and wait for {@link #release}. */
  static final class Hold {
    private final CountDownLatch arrived = new CountDownLatch(1);
    private final CountDownLatch released = new CountDownLatch(1);

    void awaitArrivals() throws InterruptedException {
      if (!arrived.await(30, TimeUnit.SECONDS)) {
        throw new AssertionError("no read reached storage");
      }
    }

    void release() {
      released.countDown();
    }

    private void pass() {
      arrived.countDown();
      try {
        if (!released.await(30, TimeUnit.SECONDS)) {
          throw new AssertionError("the held read was never released");
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
  }

  /** Stores or replaces a product directly, as another instance or an operator command would. */
  void put(Product product) {
    products.put(product.id(), product);
  }

  @Override
  public void create(Product product) {
    products.put(product.id(), product);
  }

  @Override
  public void update(Product product) {
    products.put(product.id(), product.atVersion(product.version() + 1));
  }

  @Override
  public boolean delete(ProductId id) {
    return products.remove(id) != null;
  }

  @Override
  public Optional<Product> findById(ProductId id) {
    read();
    return Optional.ofNullable(products.get(id));
  }

  @Override
  public Map<ProductId, Product> findAllById(Collection<ProductId> ids) {
    read();
    return ids.stream().filter(products::containsKey).collect(Collectors.toMap(id -> id, products::get));
  }

  @Override
  public Page<Product> search(ProductSearch search, PageRequest page) {
    read();
    if (page.cursor().filter(BAD_CURSOR::equals).isPresent()) {
      throw new InvalidCursorException();
    }
    List<Product> matches = new ArrayList<>();
    List<Product> byId = products.values().stream()
        .sorted(Comparator.comparing((Product p) -> p.id().value()))
        .toList();
    for (Product product : byId) {
      boolean inCategory = search.category().map(product.category()::equals).orElse(true);
      boolean hasText = search.foldedText()
          .map(text -> ProductSearch.fold(product.name() + "\n" + product.description()).contains(text))
          .orElse(true);
      if (inCategory && hasText) {
        matches.add(product);
      }
    }
    return Page.last(matches);
  }

  @Override
  public List<CategoryCount> countByCategory() {
    read();
    return products.values().stream()
        .collect(Collectors.groupingBy(p -> p.category().value(), TreeMap::new, Collectors.counting()))
        .entrySet().stream()
        .map(e -> new CategoryCount(new Category(e.getKey()), e.getValue()))
        .toList();
  }

  @Override
  public boolean isEmpty() {
    return products.isEmpty();
  }

  private void read() {
    reads.incrementAndGet();
    Hold current = hold.get();
    if (current != null) {
      current.pass();
    }
    RuntimeException failure = nextFailure.getAndSet(null);
    if (failure != null) {
      throw failure;
    }
  }
}
