package io.cloudstore.bench.suite;

import java.util.OptionalDouble;
import java.util.Set;

/**
 * One line of the load table: a scenario run by wrk against one server, and what it is compared with.
 *
 * @param expectedStatuses the answers that are not errors (e.g. 409 when a scarce product runs out)
 * @param reference what the requests per second are divided by, e.g. "bare Javalin /page"
 * @param referenceRequestsPerSecond that reference's requests per second, if it has one
 */
record LoadRow(
    String scenario,
    String storage,
    int connections,
    LoadResult result,
    Set<Integer> expectedStatuses,
    String reference,
    OptionalDouble referenceRequestsPerSecond) {

  LoadRow {
    expectedStatuses = Set.copyOf(expectedStatuses);
  }

  long errors() {
    return result.errors(expectedStatuses);
  }

  OptionalDouble ratio() {
    return referenceRequestsPerSecond.stream()
        .filter(reference -> reference > 0)
        .map(reference -> result.requestsPerSecond() / reference)
        .findFirst();
  }
}
