package io.cloudstore.application.port.in.cart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cloudstore.domain.FieldError;
import io.cloudstore.domain.ValidationException;
import io.cloudstore.domain.cart.CartLine;
import io.cloudstore.domain.product.ProductId;
import io.cloudstore.domain.product.Quantity;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class RequestedItemsTest {

  @Test
  void toCartLines_validItems_becomeLinesInOrder() {
    List<CartLine> lines =
        RequestedItems.toCartLines(List.of(new RequestedItem("mug", 2), new RequestedItem("lamp", 1)));

    assertThat(lines).containsExactly(
        new CartLine(new ProductId("mug"), Quantity.of(2)), new CartLine(new ProductId("lamp"), Quantity.of(1)));
  }

  @Test
  void toCartLines_noItems_giveNoLines() {
    assertThat(RequestedItems.toCartLines(List.of())).isEmpty();
  }

  @Test
  void toCartLines_missingList_refusedNamingItems() {
    assertThatThrownBy(() -> RequestedItems.toCartLines(null))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
            .containsExactly(new FieldError("items", "is required")));
  }

  @Test
  void toCartLines_missingItem_refusedNamingItsPosition() {
    assertThatThrownBy(() -> RequestedItems.toCartLines(Arrays.asList(new RequestedItem("mug", 1), null)))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
            .containsExactly(new FieldError("items[1]", "is required")));
  }

  @Test
  void toCartLines_badFieldsInSeveralItems_namesEveryFieldWithItsPosition() {
    List<RequestedItem> items = List.of(
        new RequestedItem("mug", 1),
        new RequestedItem("bad id!", 0),
        new RequestedItem("lamp", null),
        new RequestedItem(null, 100));

    assertThatThrownBy(() -> RequestedItems.toCartLines(items))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors()).containsExactly(
            new FieldError("items[1].productId", "is not a valid id"),
            new FieldError("items[1].quantity", "must be between 1 and 99"),
            new FieldError("items[2].quantity", "is required"),
            new FieldError("items[3].productId", "is not a valid id"),
            new FieldError("items[3].quantity", "must be between 1 and 99")));
  }

  @Test
  void toCartLines_sameProductTwice_refusedNamingTheRepeat() {
    assertThatThrownBy(() -> RequestedItems.toCartLines(
            List.of(new RequestedItem("mug", 1), new RequestedItem("lamp", 1), new RequestedItem("mug", 2))))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
            .extracting(FieldError::field).containsExactly("items[2].productId"));
  }

  @Test
  void toCartLines_moreThan50Products_refusedNamingItems() {
    List<RequestedItem> items =
        new ArrayList<>(IntStream.range(0, 51).mapToObj(i -> new RequestedItem("p-" + i, 1)).toList());

    assertThatThrownBy(() -> RequestedItems.toCartLines(items))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
            .extracting(FieldError::field).containsExactly("items"));
  }
}
