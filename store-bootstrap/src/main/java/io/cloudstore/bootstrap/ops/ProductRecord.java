package io.cloudstore.bootstrap.ops;

import java.util.Map;
import java.util.Optional;

/**
 * One product of an import file, as written there, not yet checked: every value as text, keyed by field
 * name ({@link ProductFile#FIELDS}); missing and empty values are absent.
 *
 * @param row the product's position in the file, from 1
 * @param location how an operator finds it: {@code row 7} or, in a CSV file, {@code row 7 (line 8)}
 */
public record ProductRecord(int row, String location, Map<String, String> values) {
  public ProductRecord {
    values = Map.copyOf(values);
  }

  public Optional<String> value(String field) {
    return Optional.ofNullable(values.get(field));
  }
}
