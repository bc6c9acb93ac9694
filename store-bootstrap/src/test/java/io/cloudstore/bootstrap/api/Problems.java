package io.cloudstore.bootstrap.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** Checks that an error answer is an RFC 9457 problem document that gives nothing of the server away. */
final class Problems {
  static final String PROBLEM_TYPE = "application/problem+json";

  /** Words that only appear when internals leak: exception names, packages, stack frames. */
  private static final List<String> LEAKS =
      List.of("Exception", "java.", "io.cloudstore", "com.fasterxml", "software.amazon", "org.eclipse", "\tat ");

  private Problems() {}

  /** Asserts {@code response} is a problem with exactly {@code status} and returns its body. */
  static JsonNode assertProblem(ApiResponse response, int status) {
    assertThat(response.status()).as("status of %s", response).isEqualTo(status);
    return assertProblemShape(response);
  }

  /** Asserts {@code response} is a problem with one of {@code statuses} (where the contract allows either). */
  static JsonNode assertProblem(ApiResponse response, int status, int alternative) {
    assertThat(response.status()).as("status of %s", response).isIn(status, alternative);
    return assertProblemShape(response);
  }

  /** Asserts {@code response} is a 4xx problem: the client's fault, told so in problem details. */
  static JsonNode assertClientProblem(ApiResponse response) {
    assertThat(response.status()).as("status of %s", response).isBetween(400, 499);
    return assertProblemShape(response);
  }

  static JsonNode assertProblemShape(ApiResponse response) {
    assertThat(response.contentType()).as("content type of %s", response).startsWith(PROBLEM_TYPE);
    JsonNode problem = response.json();
    assertThat(problem.path("status").asInt()).as("problem status in %s", response).isEqualTo(response.status());
    assertThat(problem.path("title").asText()).as("problem title in %s", response).isNotBlank();
    assertThat(response.body()).as("internals in %s", response).doesNotContain(LEAKS);
    return problem;
  }

  /** The {@code errors[].field} values of a validation problem. */
  static List<String> fieldsOf(JsonNode problem) {
    List<String> fields = new ArrayList<>();
    problem.path("errors").forEach(error -> fields.add(error.path("field").asText()));
    return fields;
  }

  /** Asserts a 422 validation problem that names exactly the given fields, in any order. */
  static JsonNode assertInvalidFields(ApiResponse response, String... fields) {
    JsonNode problem = assertProblem(response, 422);
    assertThat(fieldsOf(problem)).as("errors[].field of %s", response).containsOnly(fields);
    problem.path("errors").forEach(error ->
        assertThat(error.path("message").asText()).as("message of %s", error).isNotBlank());
    return problem;
  }
}
