package io.cloudstore.application.port.out;

/** Makes new, unique, opaque ids (letters, digits, '-' and '_', at most 64 characters). */
@FunctionalInterface
public interface IdGenerator {
  String newId();
}
