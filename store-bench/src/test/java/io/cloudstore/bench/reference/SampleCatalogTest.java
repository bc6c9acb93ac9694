package io.cloudstore.bench.reference;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudstore.domain.product.ProductDetails;
import java.util.Currency;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SampleCatalogTest {
  @Test
  void product_sameNumber_isTheSameProduct() {
    assertThat(SampleCatalog.product(42, 7)).isEqualTo(SampleCatalog.product(42, 7));
  }

  @Test
  void product_anyNumber_isAValidProductForTheShop() {
    IntStream.of(0, 1, 999, 99_999, 99_999_999).forEach(number -> {
      SampleCatalog.SampleProduct p = SampleCatalog.product(number, 10);
      ProductDetails.parse(p.name(), p.description(), p.category(), p.price(), Currency.getInstance("USD"),
          p.imageUrl(), p.stock());
    });
  }

  @Test
  void product_eachSearchNote_matchesAboutOneProductInForty() {
    long matches = IntStream.range(0, 40_000)
        .filter(n -> SampleCatalog.product(n, 1).description().contains("hint of cinnamon."))
        .count();

    assertThat(matches).isBetween(900L, 1100L);
  }

  @Test
  void product_searchNote_isSpreadOverEveryNameAdjective() {
    long adjectives = IntStream.range(0, 4000)
        .filter(n -> SampleCatalog.product(n, 1).description().contains("hint of cinnamon."))
        .mapToObj(n -> SampleCatalog.product(n, 1).name().split(" ")[0])
        .distinct()
        .count();

    assertThat(adjectives).isEqualTo(16);
  }

  @Test
  void product_categories_spreadEvenly() {
    long coffee = IntStream.range(0, 1200)
        .filter(n -> SampleCatalog.product(n, 1).category().equals("Coffee"))
        .count();

    assertThat(coffee).isEqualTo(100);
  }
}
