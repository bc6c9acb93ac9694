package io.cloudstore.domain.product;

import io.cloudstore.domain.Text;
import io.cloudstore.domain.Validation;
import io.cloudstore.domain.ValidationException;
import io.cloudstore.domain.money.Money;
import java.util.Currency;
import java.util.Objects;

/** Everything an admin edits about a product; validated on construction. */
public record ProductDetails(
    String name, String description, Category category, Money price, ImageUrl imageUrl, int stock) {
  public static final int MAX_NAME_LENGTH = 200;
  public static final int MAX_DESCRIPTION_LENGTH = 5000;
  public static final int MAX_STOCK = 1_000_000_000;
  /**
   * The highest price in minor units (one billion dollars in USD). Low enough that an order's total
   * (50 lines of 99 units, plus up to 100% tax) always fits in a {@code long}.
   */
  public static final long MAX_PRICE = 100_000_000_000L;

  public ProductDetails {
    name = Text.require("name", name, 1, MAX_NAME_LENGTH);
    description = Text.optional("description", description, MAX_DESCRIPTION_LENGTH);
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(price, "price");
    imageUrl = imageUrl == null ? ImageUrl.NONE : imageUrl;
    if (!price.isPositive() || price.amount() > MAX_PRICE) {
      throw ValidationException.of("price", "must be between 1 and " + MAX_PRICE + " (minor units)");
    }
    if (stock < 0 || stock > MAX_STOCK) {
      throw ValidationException.of("stock", "must be between 0 and " + MAX_STOCK);
    }
  }

  /**
   * Builds details from raw client input, reporting every invalid field at once. A {@code null} argument
   * means the field was missing.
   */
  public static ProductDetails parse(
      String name,
      String description,
      String category,
      Long price,
      Currency currency,
      String imageUrl,
      Integer stock) {
    var v = new Validation();
    String checkedName = v.field("name", () -> Text.require("name", name, 1, MAX_NAME_LENGTH));
    String checkedDescription =
        v.field("description", () -> Text.optional("description", description, MAX_DESCRIPTION_LENGTH));
    Category checkedCategory = v.field("category", () -> new Category(category));
    ImageUrl checkedImage = v.field("imageUrl", () -> new ImageUrl(imageUrl));
    v.check(price != null, "price", "is required");
    v.check(price == null || (price > 0 && price <= MAX_PRICE), "price",
        "must be between 1 and " + MAX_PRICE + " (minor units)");
    v.check(stock != null, "stock", "is required");
    v.check(stock == null || (stock >= 0 && stock <= MAX_STOCK), "stock", "must be between 0 and " + MAX_STOCK);
    v.throwIfInvalid();
    return new ProductDetails(
        checkedName, checkedDescription, checkedCategory, Money.of(price, currency), checkedImage, stock);
  }
}
