package io.cloudstore.application.port.in.order;

import static io.cloudstore.domain.fixtures.TestMoney.usd;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import io.cloudstore.domain.cart.CartLine;
import io.cloudstore.domain.fixtures.TestAddresses;
import io.cloudstore.domain.order.ShippingAddress;
import io.cloudstore.domain.product.ProductId;
import io.cloudstore.domain.product.Quantity;
import io.cloudstore.domain.user.UserId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PlaceOrderCommandTest {
  private static final UserId ANA = new UserId("user-ana");
  private static final ShippingAddress ADDRESS = TestAddresses.address();
  private static final CartLine MUG = new CartLine(new ProductId("mug"), Quantity.of(1));

  @Test
  void explicitLines_areCopiedSoLaterChangesDoNotLeakIn() {
    List<CartLine> source = new ArrayList<>(List.of(MUG));
    var command = new PlaceOrderCommand(ANA, Optional.of(source), ADDRESS, Optional.empty(), Optional.empty());

    source.clear();

    assertThat(command.lines()).contains(List.of(MUG));
  }

  @Test
  void noLines_meansBuyTheCart() {
    var command = new PlaceOrderCommand(ANA, Optional.empty(), ADDRESS, Optional.empty(), Optional.empty());

    assertThat(command.lines()).isEmpty();
  }

  @Test
  void userAndAddress_areRequired() {
    assertThatNullPointerException().isThrownBy(
        () -> new PlaceOrderCommand(null, Optional.empty(), ADDRESS, Optional.empty(), Optional.empty()));
    assertThatNullPointerException().isThrownBy(
        () -> new PlaceOrderCommand(ANA, Optional.empty(), null, Optional.empty(), Optional.empty()));
  }

  @Test
  void totalChanged_carriesTheCurrentTotalForTheClient() {
    var e = new TotalChangedException(usd(2164));

    assertThat(e.currentTotal()).isEqualTo(usd(2164));
    assertThat(e).hasMessageContaining("Prices have changed");
  }
}
