package io.cloudstore.application.port.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudstore.domain.cart.Cart;
import io.cloudstore.domain.cart.CartLine;
import io.cloudstore.domain.fixtures.TestCarts;
import io.cloudstore.domain.fixtures.TestIds;
import io.cloudstore.domain.fixtures.TestTimes;
import io.cloudstore.domain.product.ProductId;
import io.cloudstore.domain.product.Quantity;
import io.cloudstore.domain.user.UserId;
import org.junit.jupiter.api.Test;

/** What every {@link CartRepository} promises. Extend it once per storage adapter. */
public abstract class CartRepositoryContract extends StorageContract {

  @Test
  void findByUser_userWithoutCart_returnsEmpty() {
    assertThat(carts().findByUser(TestIds.userId())).isEmpty();
  }

  @Test
  void save_thenFindByUser_returnsTheLinesInTheirOrderAndTheUpdateTime() {
    UserId ana = TestIds.userId();
    ProductId mug = TestIds.productId();
    ProductId plate = TestIds.productId();
    Cart cart =
        TestCarts.aCart().forUser(ana).withLine(plate, 3).withLine(mug, 1)
            .withUpdatedAt(TestTimes.secondsAfterT0(5)).build();

    carts().save(cart);

    Cart stored = carts().findByUser(ana).orElseThrow();
    assertThat(stored.userId()).isEqualTo(ana);
    assertThat(stored.lines()).containsExactly(
        new CartLine(plate, Quantity.of(3)), new CartLine(mug, Quantity.of(1)));
    assertThat(stored.updatedAt()).isEqualTo(TestTimes.secondsAfterT0(5));
  }

  @Test
  void save_again_replacesThePreviousCartWhole() {
    UserId ana = TestIds.userId();
    ProductId mug = TestIds.productId();
    ProductId plate = TestIds.productId();
    carts().save(TestCarts.aCart().forUser(ana).withLine(mug, 1).withLine(plate, 2).build());

    carts().save(
        TestCarts.aCart().forUser(ana).withLine(mug, 5).withUpdatedAt(TestTimes.secondsAfterT0(9)).build());

    Cart stored = carts().findByUser(ana).orElseThrow();
    assertThat(stored.lines()).containsExactly(new CartLine(mug, Quantity.of(5)));
    assertThat(stored.updatedAt()).isEqualTo(TestTimes.secondsAfterT0(9));
  }

  @Test
  void deleteByUser_existingCart_removesIt() {
    UserId ana = TestIds.userId();
    carts().save(TestCarts.aCart().forUser(ana).withLine(TestIds.productId(), 1).build());

    carts().deleteByUser(ana);

    assertThat(carts().findByUser(ana)).isEmpty();
  }

  @Test
  void deleteByUser_userWithoutCart_doesNothing() {
    UserId nobody = TestIds.userId();

    carts().deleteByUser(nobody);

    assertThat(carts().findByUser(nobody)).isEmpty();
  }

  @Test
  void cartsOfDifferentUsers_areIndependent() {
    UserId ana = TestIds.userId();
    UserId ben = TestIds.userId();
    ProductId mug = TestIds.productId();
    ProductId plate = TestIds.productId();
    carts().save(TestCarts.aCart().forUser(ana).withLine(mug, 1).build());
    carts().save(TestCarts.aCart().forUser(ben).withLine(plate, 2).build());

    carts().deleteByUser(ana);

    assertThat(carts().findByUser(ana)).isEmpty();
    assertThat(carts().findByUser(ben).orElseThrow().lines()).containsExactly(new CartLine(plate, Quantity.of(2)));
  }
}
