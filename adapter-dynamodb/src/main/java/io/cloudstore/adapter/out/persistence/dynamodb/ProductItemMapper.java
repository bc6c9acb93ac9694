package io.cloudstore.adapter.out.persistence.dynamodb;

import io.cloudstore.application.port.out.persistence.ProductSearch;
import io.cloudstore.domain.money.Money;
import io.cloudstore.domain.product.Category;
import io.cloudstore.domain.product.ImageUrl;
import io.cloudstore.domain.product.Product;
import io.cloudstore.domain.product.ProductDetails;
import io.cloudstore.domain.product.ProductId;
import java.util.Currency;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Products to stored items and back. */
final class ProductItemMapper {
  private ProductItemMapper() {}

  static Map<String, AttributeValue> toItem(Product product) {
    ProductDynamoItem item = new ProductDynamoItem();
    item.productId = product.id().value();
    item.name = product.name();
    item.description = product.description();
    item.category = product.category().value();
    item.price = product.price().amount();
    item.currency = product.price().currency().getCurrencyCode();
    item.imageUrl = product.imageUrl().value();
    item.stock = product.stock();
    item.createdAt = Timestamps.format(product.createdAt());
    item.updatedAt = Timestamps.format(product.updatedAt());
    item.version = product.version();
    item.searchText = searchText(product.name(), product.description());
    return ProductDynamoItem.SCHEMA.itemToMap(item, true);
  }

  static Product toProduct(Map<String, AttributeValue> stored) {
    ProductDynamoItem item = ProductDynamoItem.SCHEMA.mapToItem(stored);
    ProductDetails details =
        new ProductDetails(
            item.name,
            item.description,
            new Category(item.category),
            Money.of(item.price, Currency.getInstance(item.currency)),
            new ImageUrl(item.imageUrl),
            item.stock);
    return Product.restore(
        new ProductId(item.productId), details, Timestamps.parse(item.createdAt), Timestamps.parse(item.updatedAt),
        item.version);
  }

  static Map<String, AttributeValue> key(ProductId id) {
    return Map.of(ProductDynamoItem.PRODUCT_ID, Values.s(id.value()));
  }

  /** What the text filter matches: name and description, folded as {@link ProductSearch#fold} folds the query. */
  static String searchText(String name, String description) {
    return ProductSearch.fold(name + "\n" + description);
  }
}
