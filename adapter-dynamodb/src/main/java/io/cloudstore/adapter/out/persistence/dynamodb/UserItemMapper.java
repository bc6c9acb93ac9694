package io.cloudstore.adapter.out.persistence.dynamodb;

import io.cloudstore.domain.user.Email;
import io.cloudstore.domain.user.PasswordHash;
import io.cloudstore.domain.user.Role;
import io.cloudstore.domain.user.User;
import io.cloudstore.domain.user.UserId;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Users and their email markers to stored items and back. */
final class UserItemMapper {
  private UserItemMapper() {}

  static Map<String, AttributeValue> toItem(User user) {
    UserDynamoItem item = new UserDynamoItem();
    item.userId = user.id().value();
    item.email = user.email().value();
    item.name = user.name();
    item.role = user.role().name();
    item.passwordHash = user.passwordHash().value();
    item.createdAt = Timestamps.format(user.createdAt());
    item.version = user.version();
    return UserDynamoItem.SCHEMA.itemToMap(item, true);
  }

  static User toUser(Map<String, AttributeValue> stored) {
    UserDynamoItem item = UserDynamoItem.SCHEMA.mapToItem(stored);
    return User.restore(
        new UserId(item.userId), new Email(item.email), item.name, Role.valueOf(item.role),
        new PasswordHash(item.passwordHash), Timestamps.parse(item.createdAt), item.version);
  }

  static Map<String, AttributeValue> markerItem(User user) {
    EmailMarkerDynamoItem item = new EmailMarkerDynamoItem();
    item.markerId = markerId(user.email());
    item.ownerId = user.id().value();
    return EmailMarkerDynamoItem.SCHEMA.itemToMap(item, true);
  }

  static UserId markerOwner(Map<String, AttributeValue> stored) {
    return new UserId(EmailMarkerDynamoItem.SCHEMA.mapToItem(stored).ownerId);
  }

  static Map<String, AttributeValue> key(UserId id) {
    return Map.of(UserDynamoItem.USER_ID, Values.s(id.value()));
  }

  static Map<String, AttributeValue> markerKey(Email email) {
    return Map.of(UserDynamoItem.USER_ID, Values.s(markerId(email)));
  }

  /** Email addresses are stored lower-cased by {@link Email}, so equal addresses claim the same marker. */
  private static String markerId(Email email) {
    return EmailMarkerDynamoItem.KEY_PREFIX + email.value();
  }
}
