package io.cloudstore.domain.order;

import static io.cloudstore.domain.fixtures.TestMoney.usd;
import static org.assertj.core.api.Assertions.assertThat;

import io.cloudstore.domain.ConflictException;
import io.cloudstore.domain.order.InsufficientStockException.ShortProduct;
import io.cloudstore.domain.product.ProductId;
import io.cloudstore.domain.product.Quantity;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class InsufficientStockExceptionTest {
  private static final OrderLine MUG = line("mug", "Camp mug");
  private static final OrderLine LAMP = line("lamp", "Lamp");
  private static final OrderLine TENT = line("tent", "Tent");

  @Test
  void forLines_namesTheShortProductsInLineOrder() {
    var e = InsufficientStockException.forLines(List.of(MUG, LAMP, TENT), Set.of(TENT.productId(), MUG.productId()));

    assertThat(e).hasMessage("Not enough stock for: Camp mug, Tent. Nothing was ordered.");
    assertThat(e.shortProducts()).containsExactly(
        new ShortProduct(new ProductId("mug"), "Camp mug"), new ShortProduct(new ProductId("tent"), "Tent"));
  }

  @Test
  void forLines_idsNotAmongTheLines_areIgnored() {
    var e = InsufficientStockException.forLines(List.of(MUG, LAMP), List.of(LAMP.productId(), new ProductId("x")));

    assertThat(e.shortProducts()).extracting(ShortProduct::name).containsExactly("Lamp");
  }

  @Test
  void insufficientStock_isAConflict() {
    assertThat(InsufficientStockException.forLines(List.of(MUG), List.of(MUG.productId())))
        .isInstanceOf(ConflictException.class);
  }

  private static OrderLine line(String id, String name) {
    return new OrderLine(new ProductId(id), name, usd(100), Quantity.of(1));
  }
}
