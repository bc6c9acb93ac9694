package io.cloudstore.application.port.out.persistence;

import static io.cloudstore.domain.fixtures.TestOrders.anOrder;
import static org.assertj.core.api.Assertions.assertThat;

import io.cloudstore.domain.fixtures.TestProducts;
import io.cloudstore.domain.fixtures.TestTimes;
import io.cloudstore.domain.fixtures.TestUsers;
import io.cloudstore.domain.order.Order;
import io.cloudstore.domain.product.Product;
import io.cloudstore.domain.user.PasswordHash;
import io.cloudstore.domain.user.User;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;

/**
 * Optimistic locking under real races: of many writers that read the same version, exactly one wins, and
 * an admin's edit from a stale read never undoes stock taken by checkouts.
 */
public abstract class ConcurrentUpdateContract extends StorageContract {

  /** How many writers race; a remote emulator may need fewer. */
  protected int parallelWriters() {
    return 20;
  }

  @Test
  void updatesOfOneUserFromTheSameRead_racing_exactlyOneWins() {
    User ana = TestUsers.customer();
    users().create(ana);
    User read = users().findById(ana.id()).orElseThrow();
    List<Callable<User>> writers = new ArrayList<>();
    for (int i = 0; i < parallelWriters(); i++) {
      User changed = read.withPasswordHash(new PasswordHash("hash-" + i));
      writers.add(() -> {
        users().update(changed);
        return changed;
      });
    }

    Race.Results<User> results = Race.run(writers);

    assertThat(results.successes()).hasSize(1);
    assertThat(results.failures())
        .allSatisfy(failure -> assertThat(failure).isInstanceOf(ConcurrentUpdateException.class));
    User stored = users().findById(ana.id()).orElseThrow();
    assertThat(stored.passwordHash()).isEqualTo(results.successes().get(0).passwordHash());
    assertThat(stored.version()).isEqualTo(read.version() + 1);
  }

  @Test
  void updatesOfOneProductFromTheSameRead_racing_exactlyOneWins() {
    Product mug = TestProducts.aProduct().build();
    products().create(mug);
    Product read = products().findById(mug.id()).orElseThrow();
    List<Callable<Product>> writers = new ArrayList<>();
    for (int i = 0; i < parallelWriters(); i++) {
      Product changed = read.update(TestProducts.aProduct().withPrice(1000 + i).details(), TestTimes.T0);
      writers.add(() -> {
        products().update(changed);
        return changed;
      });
    }

    Race.Results<Product> results = Race.run(writers);

    assertThat(results.successes()).hasSize(1);
    assertThat(results.failures())
        .allSatisfy(failure -> assertThat(failure).isInstanceOf(ConcurrentUpdateException.class));
    Product stored = products().findById(mug.id()).orElseThrow();
    assertThat(stored.price()).isEqualTo(results.successes().get(0).price());
    assertThat(stored.version()).isEqualTo(read.version() + 1);
  }

  @Test
  void adminEditFromAReadBeforeRacingCheckouts_neverUndoesASale() {
    int checkouts = parallelWriters();
    int stock = 2 * checkouts;
    Product mug = TestProducts.aProduct().withName("Mug").withStock(stock).build();
    products().create(mug);
    Product readByAdmin = products().findById(mug.id()).orElseThrow();
    Product renamed =
        readByAdmin.update(
            TestProducts.aProduct().withName("Renamed mug").withPrice(mug.price()).withStock(stock).details(),
            TestTimes.T0);
    List<Callable<Object>> contenders = new ArrayList<>();
    for (int i = 0; i < checkouts; i++) {
      Order order = anOrder().withLine(mug, 1).build();
      contenders.add(() -> {
        orders().placeOrder(order, Optional.empty());
        return order;
      });
    }
    contenders.add(() -> {
      products().update(renamed);
      return renamed;
    });

    Race.Results<Object> results = Race.run(contenders);

    List<Race.Outcome<Object>> sales = results.outcomes().subList(0, checkouts);
    assertThat(sales).allSatisfy(sale -> assertThat(sale.succeeded()).isTrue());
    Race.Outcome<Object> edit = results.outcomes().get(checkouts);
    if (!edit.succeeded()) {
      assertThat(edit.failure()).isInstanceOf(ConcurrentUpdateException.class);
    }
    assertThat(products().findById(mug.id()).orElseThrow().stock()).isEqualTo(stock - checkouts);
  }
}
