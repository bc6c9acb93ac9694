package io.cloudstore.bench.suite;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

class ItemSizeTest {
  @Test
  void of_stringsAndNumbers_countNamesValuesAndSignificantDigits() {
    Map<String, AttributeValue> item = Map.of(
        "id", AttributeValue.fromS("abc"), // 2 + 3
        "stock", AttributeValue.fromN("12345"), // 5 + (3 + 1)
        "price", AttributeValue.fromN("1000")); // 5 + (1 + 1): trailing zeros are trimmed

    assertThat(ItemSize.of(item)).isEqualTo(5 + 9 + 7);
  }

  @Test
  void of_listsAndMaps_addThreeBytesAndOneBytePerElement() {
    Map<String, AttributeValue> item = Map.of(
        "l", AttributeValue.fromL(List.of(AttributeValue.fromS("ab"), AttributeValue.fromBool(true))),
        "m", AttributeValue.fromM(Map.of("k", AttributeValue.fromS("v"))));

    // l: 1 + 3 + (2 + 1) + (1 + 1); m: 1 + 3 + (1 + 1 + 1)
    assertThat(ItemSize.of(item)).isEqualTo(9 + 7);
  }

  @Test
  void writeUnits_roundUpPerKilobyteWithAtLeastOne() {
    assertThat(ItemSize.writeUnits(0)).isEqualTo(1);
    assertThat(ItemSize.writeUnits(1024)).isEqualTo(1);
    assertThat(ItemSize.writeUnits(1025)).isEqualTo(2);
  }

  @Test
  void checkoutWriteUnits_itemsUpToOneKilobyte_matchTheStatedTwoTimesLinesPlusThree() {
    var checkout = new DynamoDbWriteUnits.Checkout(3, 600, 800, 0, 300);

    assertThat(checkout.writeUnits()).isEqualTo(12);
    assertThat(checkout.matchesStatement()).isTrue();
  }

  @Test
  void checkoutWriteUnits_orderItemOverOneKilobyte_costsMoreThanStated() {
    var checkout = new DynamoDbWriteUnits.Checkout(1, 600, 1500, 0, 300);

    assertThat(checkout.writeUnits()).isEqualTo(10);
    assertThat(checkout.matchesStatement()).isFalse();
  }
}
