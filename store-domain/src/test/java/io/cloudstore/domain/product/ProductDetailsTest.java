package io.cloudstore.domain.product;

import static io.cloudstore.domain.ValidationAssertions.invalidFieldsOf;
import static io.cloudstore.domain.ValidationAssertions.validationFailureOf;
import static io.cloudstore.domain.fixtures.TestMoney.USD;
import static io.cloudstore.domain.fixtures.TestMoney.usd;
import static org.assertj.core.api.Assertions.assertThat;

import io.cloudstore.domain.FieldError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ProductDetailsTest {
  private static final Category KITCHEN = new Category("Kitchen");

  @Test
  void constructor_validFields_areKeptTrimmed() {
    var details = new ProductDetails("  Camp mug ", " Enamel. ", KITCHEN, usd(1250), new ImageUrl("/m.svg"), 10);

    assertThat(details.name()).isEqualTo("Camp mug");
    assertThat(details.description()).isEqualTo("Enamel.");
    assertThat(details.category()).isEqualTo(KITCHEN);
    assertThat(details.price()).isEqualTo(usd(1250));
    assertThat(details.imageUrl().value()).isEqualTo("/m.svg");
    assertThat(details.stock()).isEqualTo(10);
  }

  @Test
  void constructor_withoutDescriptionOrImage_hasEmptyOnes() {
    var details = new ProductDetails("Camp mug", null, KITCHEN, usd(1250), null, 0);

    assertThat(details.description()).isEmpty();
    assertThat(details.imageUrl()).isEqualTo(ImageUrl.NONE);
  }

  @Test
  void constructor_invalidField_refusedNamingIt() {
    assertThat(invalidFieldsOf(() -> new ProductDetails(" ", "", KITCHEN, usd(1), null, 1))).containsExactly("name");
    assertThat(invalidFieldsOf(() -> new ProductDetails("Mug", "", KITCHEN, usd(0), null, 1))).containsExactly("price");
    assertThat(invalidFieldsOf(() -> new ProductDetails("Mug", "", KITCHEN, usd(-1), null, 1)))
        .containsExactly("price");
    assertThat(invalidFieldsOf(() -> new ProductDetails("Mug", "", KITCHEN, usd(1), null, -1)))
        .containsExactly("stock");
    assertThat(invalidFieldsOf(() -> new ProductDetails("Mug", "", KITCHEN, usd(1), null,
        ProductDetails.MAX_STOCK + 1))).containsExactly("stock");
    assertThat(invalidFieldsOf(() -> new ProductDetails("Mug", "d".repeat(5001), KITCHEN, usd(1), null, 1)))
        .containsExactly("description");
  }

  @Test
  void constructor_limits_acceptedAtTheirEdges() {
    var details = new ProductDetails("n".repeat(200), "d".repeat(5000), KITCHEN, usd(1), null,
        ProductDetails.MAX_STOCK);

    assertThat(details.name()).hasSize(200);
    assertThat(details.stock()).isEqualTo(ProductDetails.MAX_STOCK);
  }

  @Test
  void parse_validInput_buildsTheSameDetailsAsTheConstructor() {
    ProductDetails parsed = ProductDetails.parse(" Camp mug ", "Enamel.", "Kitchen", 1250L, USD, "/m.svg", 10);

    assertThat(parsed).isEqualTo(new ProductDetails("Camp mug", "Enamel.", KITCHEN, usd(1250), new ImageUrl("/m.svg"),
        10));
  }

  @Test
  void parse_optionalFieldsMissing_areEmpty() {
    ProductDetails parsed = ProductDetails.parse("Camp mug", null, "Kitchen", 1250L, USD, null, 0);

    assertThat(parsed.description()).isEmpty();
    assertThat(parsed.imageUrl().isPresent()).isFalse();
  }

  @Test
  void parse_everyFieldInvalid_reportsEachOfThemAtOnce() {
    assertThat(invalidFieldsOf(() ->
            ProductDetails.parse(" ", "d".repeat(5001), "", null, USD, "javascript:alert(1)", null)))
        .containsExactlyInAnyOrder("name", "description", "category", "imageUrl", "price", "stock");
  }

  @Test
  void parse_missingRequiredFields_saysTheyAreRequired() {
    var failure = validationFailureOf(() -> ProductDetails.parse(null, null, null, null, USD, null, null));

    assertThat(failure.errors()).containsExactlyInAnyOrder(
        new FieldError("name", "is required"),
        new FieldError("category", "is required"),
        new FieldError("price", "is required"),
        new FieldError("stock", "is required"));
  }

  @ParameterizedTest
  @ValueSource(longs = {0, -1, Long.MIN_VALUE, ProductDetails.MAX_PRICE + 1, Long.MAX_VALUE})
  void parse_priceOutOfRange_refusedNamingPrice(long price) {
    var failure = validationFailureOf(() -> ProductDetails.parse("Mug", "", "Kitchen", price, USD, "", 1));

    assertThat(failure.errors())
        .containsExactly(new FieldError("price", "must be between 1 and 100000000000 (minor units)"));
  }

  @Test
  void parse_highestPrice_isAcceptedAndAFullOrderOfItStillFitsInALong() {
    var details = ProductDetails.parse("Yacht", "", "Boats", ProductDetails.MAX_PRICE, USD, "", 1);

    long worstOrderTotal = Math.multiplyExact(details.price().amount(), 50L * 99 * 2);
    assertThat(worstOrderTotal).isPositive();
  }

  @ParameterizedTest
  @ValueSource(ints = {-1, ProductDetails.MAX_STOCK + 1, Integer.MIN_VALUE})
  void parse_stockOutOfRange_refusedNamingStock(int stock) {
    assertThat(invalidFieldsOf(() -> ProductDetails.parse("Mug", "", "Kitchen", 100L, USD, "", stock)))
        .containsExactly("stock");
  }

  @Test
  void parse_nameOf201Characters_refused() {
    assertThat(invalidFieldsOf(() -> ProductDetails.parse("n".repeat(201), "", "Kitchen", 100L, USD, "", 1)))
        .containsExactly("name");
  }
}
