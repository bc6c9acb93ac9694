package io.cloudstore.domain.product;

import static io.cloudstore.domain.ValidationAssertions.invalidFieldsOf;
import static io.cloudstore.domain.fixtures.TestMoney.usd;
import static io.cloudstore.domain.fixtures.TestTimes.T0;
import static io.cloudstore.domain.fixtures.TestTimes.secondsAfterT0;
import static org.assertj.core.api.Assertions.assertThat;

import io.cloudstore.domain.fixtures.TestProducts;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ProductTest {
  private static final ProductId MUG_ID = new ProductId("mug");
  private static final ProductDetails MUG =
      new ProductDetails("Camp mug", "Enamel.", new Category("Kitchen"), usd(1250), new ImageUrl("/mug.svg"), 10);
  private static final ProductDetails LAMP =
      new ProductDetails("Lamp", "Bright.", new Category("Camping"), usd(3900), ImageUrl.NONE, 2);

  @Test
  void create_newProduct_startsAtVersionZeroCreatedAndUpdatedNow() {
    Product product = Product.create(MUG_ID, MUG, T0);

    assertThat(product.id()).isEqualTo(MUG_ID);
    assertThat(product.details()).isEqualTo(MUG);
    assertThat(product.createdAt()).isEqualTo(T0);
    assertThat(product.updatedAt()).isEqualTo(T0);
    assertThat(product.version()).isZero();
  }

  @Test
  void accessors_showTheDetails() {
    Product product = Product.create(MUG_ID, MUG, T0);

    assertThat(product.name()).isEqualTo("Camp mug");
    assertThat(product.description()).isEqualTo("Enamel.");
    assertThat(product.category()).isEqualTo(new Category("Kitchen"));
    assertThat(product.price()).isEqualTo(usd(1250));
    assertThat(product.imageUrl()).isEqualTo(new ImageUrl("/mug.svg"));
    assertThat(product.stock()).isEqualTo(10);
  }

  @Test
  void update_replacesEveryEditableFieldAndKeepsIdentityCreationAndVersion() {
    Product stored = Product.restore(MUG_ID, MUG, T0, T0, 7);
    Instant later = secondsAfterT0(60);

    Product updated = stored.update(LAMP, later);

    assertThat(updated.details()).isEqualTo(LAMP);
    assertThat(updated.id()).isEqualTo(MUG_ID);
    assertThat(updated.createdAt()).isEqualTo(T0);
    assertThat(updated.updatedAt()).isEqualTo(later);
    assertThat(updated.version()).isEqualTo(7);
    assertThat(stored.details()).as("the original is unchanged").isEqualTo(MUG);
  }

  @Test
  void withStock_changesOnlyTheStock() {
    Product stored = Product.restore(MUG_ID, MUG, T0, T0, 3);

    Product restocked = stored.withStock(42, secondsAfterT0(5));

    assertThat(restocked.stock()).isEqualTo(42);
    assertThat(restocked.name()).isEqualTo(MUG.name());
    assertThat(restocked.description()).isEqualTo(MUG.description());
    assertThat(restocked.category()).isEqualTo(MUG.category());
    assertThat(restocked.price()).isEqualTo(MUG.price());
    assertThat(restocked.imageUrl()).isEqualTo(MUG.imageUrl());
    assertThat(restocked.updatedAt()).isEqualTo(secondsAfterT0(5));
    assertThat(restocked.version()).isEqualTo(3);
  }

  @Test
  void withStock_negative_refusedNamingStock() {
    Product product = Product.create(MUG_ID, MUG, T0);

    assertThat(invalidFieldsOf(() -> product.withStock(-1, T0))).containsExactly("stock");
  }

  @Test
  void canSupply_quantityUpToTheStock_isTrueAndAboveItFalse() {
    Product threeLeft = TestProducts.aProduct().withStock(3).build();

    assertThat(threeLeft.canSupply(Quantity.of(1))).isTrue();
    assertThat(threeLeft.canSupply(Quantity.of(3))).isTrue();
    assertThat(threeLeft.canSupply(Quantity.of(4))).isFalse();
  }

  @Test
  void canSupply_soldOut_isFalse() {
    Product soldOut = TestProducts.aProduct().withStock(0).build();

    assertThat(soldOut.canSupply(Quantity.of(1))).isFalse();
  }

  @Test
  void atVersion_changesOnlyTheVersion() {
    Product product = Product.create(MUG_ID, MUG, T0).atVersion(9);

    assertThat(product.version()).isEqualTo(9);
    assertThat(product.details()).isEqualTo(MUG);
  }

  @Test
  void equality_isByIdOnly() {
    assertThat(Product.create(MUG_ID, MUG, T0)).isEqualTo(Product.create(MUG_ID, LAMP, secondsAfterT0(1)))
        .hasSameHashCodeAs(Product.create(MUG_ID, LAMP, T0));
    assertThat(Product.create(MUG_ID, MUG, T0)).isNotEqualTo(Product.create(new ProductId("other"), MUG, T0));
  }
}
