package io.cloudstore.adapter.out.persistence.dynamodb;

import static io.cloudstore.adapter.out.persistence.dynamodb.TestData.line;
import static io.cloudstore.adapter.out.persistence.dynamodb.TestData.order;
import static io.cloudstore.adapter.out.persistence.dynamodb.TestData.product;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cloudstore.application.port.out.persistence.IdempotencyKeyTakenException;
import io.cloudstore.application.port.out.persistence.IdempotencyRecord;
import io.cloudstore.application.port.out.persistence.PriceChangedException;
import io.cloudstore.domain.cart.Cart;
import io.cloudstore.domain.order.IdempotencyKey;
import io.cloudstore.domain.order.InsufficientStockException;
import io.cloudstore.domain.order.InsufficientStockException.ShortProduct;
import io.cloudstore.domain.order.Order;
import io.cloudstore.domain.order.OrderLine;
import io.cloudstore.domain.product.Product;
import io.cloudstore.domain.user.UserId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** How the checkout transaction is laid out, and how its cancellation reasons become port exceptions. */
class CheckoutTransactionTest {
  private final CheckoutTransaction checkout = new CheckoutTransaction(TableNames.withPrefix("t-"));
  private final UserId ana = new UserId(TestData.newId());
  private final Product mug = product("Mug", "kitchen", 500, 10);
  private final Product plate = product("Plate", "kitchen", 800, 10);
  private final Product bowl = product("Bowl", "kitchen", 700, 10);
  private final Order order = order(ana, line(mug, 2), line(plate, 3), line(bowl, 1));
  private final IdempotencyRecord record =
      new IdempotencyRecord(ana, new IdempotencyKey("key-1"), "fingerprint", order.id());

  @Test
  void maxLines_fitsTheLargestCartTheDomainAllowsInOneTransaction() {
    assertThat(CheckoutTransaction.MAX_LINES).isGreaterThanOrEqualTo(Cart.MAX_LINES);
    assertThat(CheckoutTransaction.MAX_LINES + CheckoutTransaction.FIXED_ITEMS).isEqualTo(Transactions.MAX_ITEMS);
  }

  @Test
  void items_holdOneStockUpdatePerLineThenOrderCartAndRecord() {
    var items = checkout.items(order, Optional.of(record), TestData.NOW);

    assertThat(items).hasSize(6);
    assertThat(items.subList(0, 3)).allSatisfy(item -> assertThat(item.update().tableName()).isEqualTo("t-Products"));
    assertThat(items.get(3).put().tableName()).isEqualTo("t-Orders");
    assertThat(items.get(4).delete().tableName()).isEqualTo("t-Cart");
    assertThat(items.get(5).put().item().get("order_id").s()).isEqualTo("IDEMPOTENCY#" + ana.value() + "#key-1");
  }

  @Test
  void explain_linesShortOrGone_namesEveryShortLine() {
    Cancellation cancellation = new Cancellation(List.of(
        failed(stored(mug, 1)), none(), failed(Map.of()), none(), none(), none()));

    RuntimeException explained = checkout.explain(cancellation, order, Optional.of(record));

    assertThat(explained).isInstanceOf(InsufficientStockException.class);
    assertThat(((InsufficientStockException) explained).shortProducts())
        .containsExactly(new ShortProduct(mug.id(), "Mug"), new ShortProduct(bowl.id(), "Bowl"));
  }

  @Test
  void explain_enoughStockButConditionFailed_isAPriceChange() {
    Cancellation cancellation = new Cancellation(List.of(none(), failed(stored(plate, 10)), none(), none(), none()));

    RuntimeException explained = checkout.explain(cancellation, order, Optional.empty());

    assertThat(explained).isInstanceOf(PriceChangedException.class);
    assertThat(((PriceChangedException) explained).products()).containsExactly(plate.id());
  }

  @Test
  void explain_shortLineAndChangedPrice_reportsTheShortLine() {
    Cancellation cancellation =
        new Cancellation(List.of(failed(stored(mug, 0)), failed(stored(plate, 10)), none(), none(), none()));

    assertThat(checkout.explain(cancellation, order, Optional.empty())).isInstanceOf(InsufficientStockException.class);
  }

  @Test
  void explain_idempotencyRecordTaken_winsOverEverythingElse() {
    Cancellation cancellation = new Cancellation(List.of(
        failed(stored(mug, 0)), none(), none(), none(), none(), failed(Map.of())));

    assertThat(checkout.explain(cancellation, order, Optional.of(record)))
        .isInstanceOf(IdempotencyKeyTakenException.class);
  }

  @Test
  void explain_noConditionOfOursFailed_isAnUnexpectedState() {
    Cancellation cancellation =
        new Cancellation(List.of(none(), none(), none(), new Cancellation.Reason("ValidationError", Map.of()), none()));

    assertThat(checkout.explain(cancellation, order, Optional.empty()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("ValidationError");
  }

  @Test
  void items_moreLinesThanATransactionHolds_areRefused() {
    List<OrderLine> lines = new ArrayList<>();
    for (int i = 0; i <= CheckoutTransaction.MAX_LINES; i++) {
      lines.add(line(product("P" + i, "bulk", 100, 5), 1));
    }
    // Order.place would refuse this many lines; restore builds it as stored data could hold it
    Order huge = Order.restore(order.id(), ana, lines, order.subtotal(), order.tax(), order.shippingAddress(),
        order.status(), order.createdAt(), order.updatedAt());

    assertThatThrownBy(() -> checkout.items(huge, Optional.empty(), TestData.NOW))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static Map<String, AttributeValue> stored(Product product, int stock) {
    Map<String, AttributeValue> item = new HashMap<>(ProductItemMapper.toItem(product));
    item.put(ProductDynamoItem.STOCK, Values.n(stock));
    return item;
  }

  private static Cancellation.Reason failed(Map<String, AttributeValue> storedItem) {
    return new Cancellation.Reason(Cancellation.CONDITION_FAILED, storedItem);
  }

  private static Cancellation.Reason none() {
    return new Cancellation.Reason("None", Map.of());
  }
}
