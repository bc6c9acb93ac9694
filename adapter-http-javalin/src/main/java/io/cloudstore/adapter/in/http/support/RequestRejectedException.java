package io.cloudstore.adapter.in.http.support;

import java.util.Objects;

/**
 * The HTTP layer refuses a request before any use case runs (unreadable body, wrong media type, unknown id,
 * missing role...). Carries the problem to answer with; handlers throw it and the central error mapping
 * writes it.
 */
public final class RequestRejectedException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final transient Problem problem;

  public RequestRejectedException(Problem problem) {
    super(Objects.requireNonNull(problem, "problem").title(), null, false, false);
    this.problem = problem;
  }

  public Problem problem() {
    return problem;
  }
}
