package io.cloudstore.guarantees;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;

/** Broken promises found during or after a run, each about one subject (a product, order or user). */
final class Violations {
  /** One broken promise; {@code subject} is the product id, order id or user email it is about. */
  record Violation(String subject, String message) {}

  private final ConcurrentLinkedQueue<Violation> found = new ConcurrentLinkedQueue<>();

  void add(String subject, String message) {
    found.add(new Violation(subject, message));
  }

  List<Violation> all() {
    return new ArrayList<>(found);
  }

  int count() {
    return found.size();
  }
}
