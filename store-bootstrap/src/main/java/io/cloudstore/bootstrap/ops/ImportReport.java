package io.cloudstore.bootstrap.ops;

import java.util.List;

/**
 * What an import did: products created, products already in the store (left as they are), and the rows
 * rejected, each with its reasons.
 */
public record ImportReport(int created, int alreadyPresent, List<RowError> errors) {
  public ImportReport {
    errors = List.copyOf(errors);
  }

  /** How many rows were rejected (a row may have several errors). */
  public long rejectedRows() {
    return errors.stream().map(RowError::location).distinct().count();
  }
}
