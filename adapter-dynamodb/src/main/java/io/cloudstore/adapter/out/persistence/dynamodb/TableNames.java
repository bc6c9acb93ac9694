package io.cloudstore.adapter.out.persistence.dynamodb;

/** The four table names of one store: the original design's names behind the configured prefix. */
record TableNames(String products, String users, String orders, String carts) {
  static TableNames withPrefix(String prefix) {
    return new TableNames(prefix + "Products", prefix + "Users", prefix + "Orders", prefix + "Cart");
  }
}
