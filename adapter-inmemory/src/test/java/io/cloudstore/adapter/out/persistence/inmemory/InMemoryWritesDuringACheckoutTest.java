package io.cloudstore.adapter.out.persistence.inmemory;

import static io.cloudstore.domain.fixtures.TestOrders.anOrder;
import static org.assertj.core.api.Assertions.assertThat;

import io.cloudstore.application.port.out.persistence.PageCursorCodec;
import io.cloudstore.domain.fixtures.TestIds;
import io.cloudstore.domain.fixtures.TestProducts;
import io.cloudstore.domain.order.Order;
import io.cloudstore.domain.product.Product;
import io.cloudstore.domain.user.UserId;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Interleavings that the contract's races reach only by luck, made certain: a checkout is held still inside
 * its write (the store's clock stamps the new stock there, after the stock was read and before it is
 * stored) while another write runs.
 */
class InMemoryWritesDuringACheckoutTest {
  private final CheckoutHolder holder = new CheckoutHolder();
  private final InMemoryStorage storage =
      new InMemoryStorage(new PageCursorCodec("a-test-key-of-enough-bytes".getBytes(StandardCharsets.UTF_8)), holder);

  @AfterEach
  void releaseTheCheckout() {
    holder.release();
  }

  @Test
  void deletingAProductWhileItIsBeingSold_waitsForTheSale_andTheProductStaysDeleted() throws Exception {
    Product mug = stored(TestProducts.aProduct().withStock(5).build());
    Order sale = anOrder().withLine(mug, 1).build();
    CompletableFuture<Void> checkout = holder.holdInside(() -> storage.orders().placeOrder(sale, Optional.empty()));

    var delete = new Thread(() -> storage.products().delete(mug.id()), "admin-delete");
    delete.start();
    awaitWaitingOrDone(delete);
    assertThat(delete.getState()).as("the delete waits for the sale it would undo").isNotEqualTo(Thread.State.TERMINATED);
    holder.release();
    checkout.get(10, TimeUnit.SECONDS);
    delete.join(10_000);

    assertThat(storage.orders().findById(sale.id())).isPresent();
    assertThat(storage.products().findById(mug.id())).as("the sale did not bring the product back").isEmpty();
  }

  @Test
  void checkoutOfOtherProductsByAnotherShopper_doesNotWaitForAHeldCheckout() throws Exception {
    Product mug = stored(TestProducts.aProduct().withStock(5).build());
    UserId ana = TestIds.userId();
    Product plate;
    UserId bob;
    do { // ids whose locks differ from the held checkout's: two keys may share a lock stripe
      plate = TestProducts.aProduct().withStock(5).build();
      bob = TestIds.userId();
    } while (sharesAStripe(Set.of(mug.id(), ana), Set.of(plate.id(), bob)));
    stored(plate);
    Order anas = anOrder().forUser(ana).withLine(mug, 1).build();
    Order bobs = anOrder().forUser(bob).withLine(plate, 1).build();
    CompletableFuture<Void> held = holder.holdInside(() -> storage.orders().placeOrder(anas, Optional.empty()));

    CompletableFuture.runAsync(() -> storage.orders().placeOrder(bobs, Optional.empty())).get(10, TimeUnit.SECONDS);

    assertThat(held).isNotDone();
    assertThat(storage.products().findById(plate.id()).orElseThrow().stock()).isEqualTo(4);
    holder.release();
    held.get(10, TimeUnit.SECONDS);
    assertThat(storage.products().findById(mug.id()).orElseThrow().stock()).isEqualTo(4);
  }

  private Product stored(Product product) {
    storage.products().create(product);
    return product;
  }

  private static boolean sharesAStripe(Set<Object> held, Set<Object> wanted) {
    return held.stream().anyMatch(a -> wanted.stream().anyMatch(b -> AggregateLocks.stripeOf(a) == AggregateLocks.stripeOf(b)));
  }

  private static void awaitWaitingOrDone(Thread thread) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (System.nanoTime() < deadline) {
      Thread.State state = thread.getState();
      if (state == Thread.State.WAITING || state == Thread.State.TERMINATED) {
        return;
      }
      Thread.sleep(5);
    }
  }

  /** The store's clock: the first reading after {@link #holdInside} blocks until {@link #release}. */
  private static final class CheckoutHolder extends Clock {
    private final AtomicBoolean armed = new AtomicBoolean();
    private final CountDownLatch inside = new CountDownLatch(1);
    private final CountDownLatch released = new CountDownLatch(1);

    /** Runs {@code write} on another thread and returns once it is held inside its write. */
    CompletableFuture<Void> holdInside(Runnable write) throws InterruptedException {
      armed.set(true);
      CompletableFuture<Void> running = CompletableFuture.runAsync(write);
      assertThat(inside.await(10, TimeUnit.SECONDS)).as("the checkout reached its write").isTrue();
      return running;
    }

    void release() {
      released.countDown();
    }

    @Override
    public Instant instant() {
      if (armed.compareAndSet(true, false)) {
        inside.countDown();
        try {
          released.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
      return Instant.parse("2026-01-01T00:00:00Z");
    }

    @Override
    public ZoneId getZone() {
      return ZoneId.of("UTC");
    }

    @Override
    public Clock withZone(ZoneId zone) {
      throw new UnsupportedOperationException();
    }
  }
}
