package io.cloudstore.domain.user;

import io.cloudstore.domain.Text;
import java.time.Instant;
import java.util.Objects;

/** A shopper or staff member. */
public final class User {
  public static final int MAX_NAME_LENGTH = 100;

  private final UserId id;
  private final Email email;
  private final String name;
  private final Role role;
  private final PasswordHash passwordHash;
  private final Instant createdAt;
  private final long version;

  private User(
      UserId id, Email email, String name, Role role, PasswordHash passwordHash, Instant createdAt, long version) {
    this.id = Objects.requireNonNull(id, "id");
    this.email = Objects.requireNonNull(email, "email");
    this.name = Objects.requireNonNull(name, "name");
    this.role = Objects.requireNonNull(role, "role");
    this.passwordHash = Objects.requireNonNull(passwordHash, "passwordHash");
    this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    this.version = version;
  }

  /** A new customer account. */
  public static User register(UserId id, Email email, String name, PasswordHash passwordHash, Instant now) {
    return new User(id, email, requireName(name), Role.CUSTOMER, passwordHash, now, 0);
  }

  /** Rebuilds a stored user without business checks. For adapters only. */
  public static User restore(
      UserId id, Email email, String name, Role role, PasswordHash passwordHash, Instant createdAt, long version) {
    return new User(id, email, name, role, passwordHash, createdAt, version);
  }

  /** Validates a display name: 1 to 100 characters after trimming. */
  public static String requireName(String name) {
    return Text.require("name", name, 1, MAX_NAME_LENGTH);
  }

  public User promoteToAdmin() {
    return new User(id, email, name, Role.ADMIN, passwordHash, createdAt, version);
  }

  public User withPasswordHash(PasswordHash newHash) {
    return new User(id, email, name, role, newHash, createdAt, version);
  }

  public Principal principal() {
    return new Principal(id, role);
  }

  public UserId id() {
    return id;
  }

  public Email email() {
    return email;
  }

  public String name() {
    return name;
  }

  public Role role() {
    return role;
  }

  public PasswordHash passwordHash() {
    return passwordHash;
  }

  public Instant createdAt() {
    return createdAt;
  }

  /** The stored version this user was read at, for optimistic locking. */
  public long version() {
    return version;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof User other && id.equals(other.id);
  }

  @Override
  public int hashCode() {
    return id.hashCode();
  }

  @Override
  public String toString() {
    return "User[" + id + ", " + role + "]";
  }
}
