package io.cloudstore.domain.cart;

import static io.cloudstore.domain.ValidationAssertions.validationFailureOf;
import static io.cloudstore.domain.fixtures.TestTimes.T0;
import static io.cloudstore.domain.fixtures.TestTimes.secondsAfterT0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cloudstore.domain.FieldError;
import io.cloudstore.domain.product.ProductId;
import io.cloudstore.domain.product.Quantity;
import io.cloudstore.domain.user.UserId;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class CartTest {
  private static final UserId ANA = new UserId("user-ana");

  @Test
  void empty_holdsNoLines() {
    Cart cart = Cart.empty(ANA, T0);

    assertThat(cart.isEmpty()).isTrue();
    assertThat(cart.lines()).isEmpty();
    assertThat(cart.userId()).isEqualTo(ANA);
    assertThat(cart.updatedAt()).isEqualTo(T0);
  }

  @Test
  void of_distinctProducts_holdsTheLinesInOrder() {
    List<CartLine> lines = List.of(line("mug", 2), line("lamp", 1));

    Cart cart = Cart.of(ANA, lines, T0);

    assertThat(cart.lines()).containsExactly(line("mug", 2), line("lamp", 1));
    assertThat(cart.isEmpty()).isFalse();
  }

  @Test
  void of_50Lines_accepted() {
    assertThat(Cart.of(ANA, distinctLines(Cart.MAX_LINES), T0).lines()).hasSize(50);
  }

  @Test
  void of_51Lines_refusedNamingItems() {
    var failure = validationFailureOf(() -> Cart.of(ANA, distinctLines(51), T0));

    assertThat(failure.errors()).extracting(FieldError::field).containsExactly("items");
  }

  @Test
  void of_productTwice_refusedNamingTheRepeatedLine() {
    List<CartLine> lines = List.of(line("mug", 1), line("lamp", 1), line("mug", 3));

    var failure = validationFailureOf(() -> Cart.of(ANA, lines, T0));

    assertThat(failure.errors()).extracting(FieldError::field).containsExactly("items[2].productId");
  }

  @Test
  void replace_newLines_replaceTheOldOnesForTheSameUser() {
    Cart cart = Cart.of(ANA, List.of(line("mug", 2)), T0);

    Cart replaced = cart.replace(List.of(line("lamp", 4)), secondsAfterT0(30));

    assertThat(replaced.lines()).containsExactly(line("lamp", 4));
    assertThat(replaced.userId()).isEqualTo(ANA);
    assertThat(replaced.updatedAt()).isEqualTo(secondsAfterT0(30));
    assertThat(cart.lines()).as("the original is unchanged").containsExactly(line("mug", 2));
  }

  @Test
  void replace_withARepeatedProduct_refused() {
    Cart cart = Cart.empty(ANA, T0);

    var failure = validationFailureOf(() -> cart.replace(List.of(line("mug", 1), line("mug", 1)), T0));

    assertThat(failure.errors()).extracting(FieldError::field).containsExactly("items[1].productId");
  }

  @Test
  void clear_leavesAnEmptyCartForTheSameUser() {
    Cart cart = Cart.of(ANA, List.of(line("mug", 2)), T0);

    Cart cleared = cart.clear(secondsAfterT0(5));

    assertThat(cleared.isEmpty()).isTrue();
    assertThat(cleared.userId()).isEqualTo(ANA);
    assertThat(cleared.updatedAt()).isEqualTo(secondsAfterT0(5));
  }

  @Test
  void lines_cannotBeChangedFromOutside() {
    List<CartLine> source = new ArrayList<>(List.of(line("mug", 1)));
    Cart cart = Cart.of(ANA, source, T0);

    source.add(line("lamp", 1));

    assertThat(cart.lines()).containsExactly(line("mug", 1));
    assertThatThrownBy(() -> cart.lines().add(line("tent", 1))).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void restore_rebuildsTheStoredCart() {
    Cart cart = Cart.restore(ANA, List.of(line("mug", 2)), secondsAfterT0(9));

    assertThat(cart.lines()).containsExactly(line("mug", 2));
    assertThat(cart.updatedAt()).isEqualTo(secondsAfterT0(9));
  }

  @Test
  void cartLine_needsProductAndQuantity() {
    assertThatNullPointerException().isThrownBy(() -> new CartLine(null, Quantity.of(1)));
    assertThatNullPointerException().isThrownBy(() -> new CartLine(new ProductId("mug"), null));
  }

  private static CartLine line(String productId, int quantity) {
    return new CartLine(new ProductId(productId), Quantity.of(quantity));
  }

  private static List<CartLine> distinctLines(int count) {
    return IntStream.range(0, count).mapToObj(i -> line("product-" + i, 1)).toList();
  }
}
