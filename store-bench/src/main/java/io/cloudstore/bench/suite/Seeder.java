package io.cloudstore.bench.suite;

import io.cloudstore.bench.reference.SampleCatalog;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

/**
 * Fills a shop through its public API only: products through {@code POST /api/admin/products} as the admin,
 * shoppers through {@code POST /api/auth/register}. Nothing bench-only is added to the shop; the calls run
 * concurrently so that 100,000 products take seconds, not minutes.
 */
final class Seeder {
  /** Stock of an ordinary product: more than any run can sell, so checkouts never run out. */
  static final int AMPLE_STOCK = 10_000_000;
  static final String SHOPPER_PASSWORD = "bench-shopper-password";

  private final ShopClient shop;
  private final int concurrency;

  Seeder(ShopClient shop, int concurrency) {
    this.shop = shop;
    this.concurrency = concurrency;
  }

  /** Creates the sample products numbered {@code from} (inclusive) to {@code to} (exclusive); returns their ids. */
  List<String> createProducts(String adminToken, int from, int to, int stock) {
    return inParallel(to - from, i -> shop.createProduct(adminToken, SampleCatalog.product(from + i, stock)));
  }

  /** Registers {@code count} shoppers whose emails start with {@code prefix}. */
  List<ShopClient.Session> registerShoppers(String prefix, int count) {
    return inParallel(count, i -> shop.register("Shopper " + i, prefix + "-" + i + "@bench.test", SHOPPER_PASSWORD));
  }

  private <T> List<T> inParallel(int count, IntFunction<T> task) {
    ExecutorService pool = Executors.newFixedThreadPool(concurrency);
    try {
      List<Future<T>> futures = new ArrayList<>(count);
      for (int i = 0; i < count; i++) {
        int index = i;
        futures.add(pool.submit(() -> task.apply(index)));
      }
      List<T> results = new ArrayList<>(count);
      for (Future<T> future : futures) {
        results.add(future.get());
      }
      return results;
    } catch (ExecutionException e) {
      throw e.getCause() instanceof BenchException bench ? bench : new BenchException("seeding failed", e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new BenchException("interrupted while seeding", e);
    } finally {
      pool.shutdownNow();
    }
  }
}
