package io.cloudstore.adapter.out.persistence.dynamodb;

import static io.cloudstore.adapter.out.persistence.dynamodb.UserDynamoItem.NAME;
import static io.cloudstore.adapter.out.persistence.dynamodb.UserDynamoItem.PASSWORD_HASH;
import static io.cloudstore.adapter.out.persistence.dynamodb.UserDynamoItem.ROLE;
import static io.cloudstore.adapter.out.persistence.dynamodb.UserDynamoItem.USER_ID;
import static io.cloudstore.adapter.out.persistence.dynamodb.UserDynamoItem.VERSION;

import io.cloudstore.application.port.out.persistence.ConcurrentUpdateException;
import io.cloudstore.application.port.out.persistence.UserRepository;
import io.cloudstore.domain.user.Email;
import io.cloudstore.domain.user.EmailAlreadyRegisteredException;
import io.cloudstore.domain.user.User;
import io.cloudstore.domain.user.UserId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionConflictException;

/**
 * Users in the Users table. Each user's email address is claimed by a marker item written in the same
 * transaction, so that two registrations with one address cannot both succeed, however close together.
 */
final class DynamoDbUserRepository implements UserRepository {
  /** Positions of the two items in the registration transaction. */
  private static final int USER = 0;
  private static final int MARKER = 1;

  private final DynamoDbClient client;
  private final String table;
  private final Transactions transactions;

  DynamoDbUserRepository(DynamoDbClient client, String table, Transactions transactions) {
    this.client = client;
    this.table = table;
    this.transactions = transactions;
  }

  @Override
  public void create(User user) {
    List<TransactWriteItem> items =
        List.of(createOnly(UserItemMapper.toItem(user)), createOnly(UserItemMapper.markerItem(user)));
    transactions.write("register a user", items).ifPresent(cancellation -> {
      if (cancellation.conditionFailedAt(MARKER)) {
        throw new EmailAlreadyRegisteredException();
      }
      if (cancellation.conditionFailedAt(USER)) {
        throw new IllegalStateException("user id " + user.id() + " is taken");
      }
      throw cancellation.unexplained("register a user");
    });
  }

  private TransactWriteItem createOnly(Map<String, AttributeValue> item) {
    return TransactWriteItem.builder()
        .put(Put.builder().tableName(table).item(item)
            .conditionExpression("attribute_not_exists(#id)")
            .expressionAttributeNames(Map.of("#id", USER_ID))
            .build())
        .build();
  }

  /** Changes name, role and password hash only: the email, and so its marker, never changes. */
  @Override
  public void update(User user) {
    try {
      client.updateItem(r -> r.tableName(table)
          .key(UserItemMapper.key(user.id()))
          .updateExpression("SET #name = :name, #role = :role, #hash = :hash, #version = :next")
          .conditionExpression("attribute_exists(#id) AND #version = :expected")
          .expressionAttributeNames(Map.of(
              "#id", USER_ID, "#name", NAME, "#role", ROLE, "#hash", PASSWORD_HASH, "#version", VERSION))
          .expressionAttributeValues(Map.of(
              ":name", Values.s(user.name()),
              ":role", Values.s(user.role().name()),
              ":hash", Values.s(user.passwordHash().value()),
              ":expected", Values.n(user.version()),
              ":next", Values.n(user.version() + 1))));
    } catch (ConditionalCheckFailedException | TransactionConflictException e) {
      throw new ConcurrentUpdateException("user " + user.id() + " changed since it was read");
    } catch (SdkException e) {
      throw StorageErrors.translate("update a user", e);
    }
  }

  @Override
  public Optional<User> findById(UserId id) {
    return read("read a user", UserItemMapper.key(id)).map(UserItemMapper::toUser);
  }

  /** Two strongly consistent reads (marker, then user), so a user is found by email as soon as it is created. */
  @Override
  public Optional<User> findByEmail(Email email) {
    return read("find a user by email", UserItemMapper.markerKey(email))
        .map(UserItemMapper::markerOwner)
        .flatMap(this::findById);
  }

  private Optional<Map<String, AttributeValue>> read(String operation, Map<String, AttributeValue> key) {
    GetItemResponse response =
        StorageErrors.call(operation, () -> client.getItem(r -> r.tableName(table).key(key).consistentRead(true)));
    return response.hasItem() && !response.item().isEmpty() ? Optional.of(response.item()) : Optional.empty();
  }
}
