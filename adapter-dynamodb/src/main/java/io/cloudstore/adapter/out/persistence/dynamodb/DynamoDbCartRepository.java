package io.cloudstore.adapter.out.persistence.dynamodb;

import io.cloudstore.application.port.out.persistence.CartRepository;
import io.cloudstore.domain.cart.Cart;
import io.cloudstore.domain.user.UserId;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;

/** One cart item per user in the Cart table; a save replaces the whole cart. */
final class DynamoDbCartRepository implements CartRepository {
  private final DynamoDbClient client;
  private final String table;
  private final ConflictRetry conflictRetry;

  DynamoDbCartRepository(DynamoDbClient client, String table, Backoff backoff) {
    this.client = client;
    this.table = table;
    this.conflictRetry = new ConflictRetry(backoff);
  }

  @Override
  public Optional<Cart> findByUser(UserId userId) {
    GetItemResponse response = StorageErrors.call("read a cart", () ->
        client.getItem(r -> r.tableName(table).key(CartItemMapper.key(userId)).consistentRead(true)));
    return response.hasItem() && !response.item().isEmpty()
        ? Optional.of(CartItemMapper.toCart(response.item()))
        : Optional.empty();
  }

  @Override
  public void save(Cart cart) {
    conflictRetry.write("save a cart", () -> client.putItem(r -> r.tableName(table).item(CartItemMapper.toItem(cart))));
  }

  @Override
  public void deleteByUser(UserId userId) {
    conflictRetry.write("delete a cart", () ->
        client.deleteItem(r -> r.tableName(table).key(CartItemMapper.key(userId))));
  }
}
