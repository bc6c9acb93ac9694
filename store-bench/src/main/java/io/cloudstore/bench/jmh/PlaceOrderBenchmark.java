package io.cloudstore.bench.jmh;

import io.cloudstore.application.port.in.order.PlaceOrderCommand;
import io.cloudstore.application.port.in.order.PlacedOrder;
import io.cloudstore.domain.cart.CartLine;
import io.cloudstore.domain.order.IdempotencyKey;
import io.cloudstore.domain.order.ShippingAddress;
import io.cloudstore.domain.product.Product;
import io.cloudstore.domain.product.Quantity;
import io.cloudstore.domain.user.UserId;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;

/**
 * Placing an order in memory through the use case: pricing, the atomic stock take under the store's lock,
 * storing the order and its idempotency record. One thread, and two threads racing on the same store (the
 * lock's cost under contention). The store is rebuilt for every iteration so orders do not pile up.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class PlaceOrderBenchmark {
  private static final ShippingAddress ADDRESS =
      new ShippingAddress("Bench Shopper", "1 Load Street", null, "Springfield", "12345", "US", "+1 555 0100");
  private static final int SHOPPERS = 128;

  private final AtomicLong keys = new AtomicLong();
  private CoreFixture core;
  private List<UserId> shoppers;

  @Setup(Level.Iteration)
  public void setUp() {
    core = CoreFixture.withCatalog(10_000);
    shoppers = java.util.stream.IntStream.range(0, SHOPPERS).mapToObj(i -> new UserId("shopper-" + i)).toList();
  }

  @Benchmark
  @Threads(1)
  public PlacedOrder placeOrderOneThread() {
    return placeOrder();
  }

  @Benchmark
  @Threads(2)
  public PlacedOrder placeOrderTwoThreads() {
    return placeOrder();
  }

  private PlacedOrder placeOrder() {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    Product product = core.products.get(random.nextInt(core.products.size()));
    return core.store.placeOrder().place(new PlaceOrderCommand(
        shoppers.get(random.nextInt(SHOPPERS)),
        Optional.of(List.of(new CartLine(product.id(), new Quantity(1)))),
        ADDRESS,
        Optional.empty(),
        Optional.of(new IdempotencyKey("k-" + keys.incrementAndGet()))));
  }
}
