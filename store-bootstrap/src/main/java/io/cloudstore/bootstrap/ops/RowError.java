package io.cloudstore.bootstrap.ops;

/**
 * One problem with one product of an import file, printed as {@code row 7 (line 8): price: must be ...}.
 *
 * @param row the product's position in the file, from 1
 */
public record RowError(int row, String location, String field, String message) {
  @Override
  public String toString() {
    return location + ": " + field + ": " + message;
  }
}
