package io.cloudstore.application.cache;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudstore.application.port.in.product.BrowseCatalogUseCase;
import io.cloudstore.application.port.in.product.CatalogQuery;
import io.cloudstore.application.port.out.persistence.StorageUnavailableException;
import io.cloudstore.application.service.product.BrowseCatalogService;
import io.cloudstore.domain.fixtures.ManualClock;
import io.cloudstore.domain.fixtures.TestProducts;
import io.cloudstore.domain.page.Page;
import io.cloudstore.domain.product.Product;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Concurrent misses on one question: the first request reads storage, which the fake holds until every
 * other request is waiting for that read (the cache counts them as hits before they wait), then lets it go.
 */
class CatalogCacheConcurrencyTest {
  private static final int REQUESTS = 16;
  private static final CatalogQuery QUERY = CatalogQuery.firstPage(20);

  private final FakeCatalog storage = new FakeCatalog();
  private final CatalogCache cache =
      new CatalogCache(CatalogCacheSettings.expiringAfter(Duration.ofSeconds(5)), ManualClock.atT0());
  private final BrowseCatalogUseCase browse = cache.browseCatalog(new BrowseCatalogService(storage));
  private final ExecutorService pool = Executors.newFixedThreadPool(REQUESTS);

  @AfterEach
  void stopThreads() {
    pool.shutdownNow();
  }

  @Test
  void concurrentMissesOnOneQuery_makeOneStorageRead_andAllGetItsPage() throws Exception {
    storage.put(TestProducts.product());
    FakeCatalog.Hold hold = storage.holdReads();

    List<Future<Page<Product>>> answers = askAll();
    hold.awaitArrivals();
    awaitUntil(() -> cache.statistics().hits() == REQUESTS - 1);
    hold.release();

    Page<Product> first = answers.get(0).get(30, TimeUnit.SECONDS);
    for (Future<Page<Product>> answer : answers) {
      assertThat(answer.get(30, TimeUnit.SECONDS)).isSameAs(first);
    }
    assertThat(storage.reads()).isEqualTo(1);
  }

  @Test
  void aFailedLoad_isRethrownToEveryWaiter_andTheNextRequestReadsAgain() throws Exception {
    var outage = new StorageUnavailableException("DynamoDB did not answer", null);
    storage.failNextReadWith(outage);
    FakeCatalog.Hold hold = storage.holdReads();

    List<Future<Page<Product>>> answers = askAll();
    hold.awaitArrivals();
    awaitUntil(() -> cache.statistics().hits() == REQUESTS - 1);
    hold.release();

    for (Future<Page<Product>> answer : answers) {
      try {
        answer.get(30, TimeUnit.SECONDS);
        throw new AssertionError("a waiter got a page from a failed read");
      } catch (ExecutionException e) {
        assertThat(e.getCause()).isSameAs(outage);
      }
    }
    assertThat(storage.reads()).isEqualTo(1);

    storage.stopHolding();
    browse.browse(QUERY);
    assertThat(storage.reads()).isEqualTo(2);
  }

  private List<Future<Page<Product>>> askAll() {
    List<Future<Page<Product>>> answers = new ArrayList<>();
    for (int i = 0; i < REQUESTS; i++) {
      answers.add(pool.submit(() -> browse.browse(QUERY)));
    }
    return answers;
  }

  /** Waits for a condition another thread makes true; bounded, so a lost wake-up fails instead of hanging. */
  private static void awaitUntil(BooleanSupplier condition) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("the requests never all waited for the one read");
      }
      Thread.sleep(1);
    }
  }
}
