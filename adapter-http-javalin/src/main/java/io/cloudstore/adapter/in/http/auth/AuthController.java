package io.cloudstore.adapter.in.http.auth;

import io.cloudstore.adapter.in.http.support.Authentication;
import io.cloudstore.adapter.in.http.support.JsonAnswers;
import io.cloudstore.adapter.in.http.support.JsonBodies;
import io.cloudstore.adapter.in.http.support.Problems;
import io.cloudstore.adapter.in.http.support.RequestRejectedException;
import io.cloudstore.adapter.in.http.support.UseCases;
import io.cloudstore.application.port.in.user.AuthenticatedSession;
import io.cloudstore.application.port.in.user.InvalidCredentialsException;
import io.cloudstore.application.port.in.user.LogInCommand;
import io.cloudstore.domain.user.UserId;
import io.javalin.http.Context;
import io.micrometer.core.instrument.Counter;
import java.time.Duration;
import java.util.Optional;

/** Registration, log-in (throttled) and "who am I". */
public final class AuthController {
  private final UseCases store;
  private final JsonBodies bodies;
  private final LoginThrottle throttle;
  private final Counter throttledLogIns;

  /** @param throttledLogIns counts the log-ins refused by the throttle, before any password was checked */
  public AuthController(UseCases store, JsonBodies bodies, LoginThrottle throttle, Counter throttledLogIns) {
    this.store = store;
    this.bodies = bodies;
    this.throttle = throttle;
    this.throttledLogIns = throttledLogIns;
  }

  public void register(Context ctx) {
    RegisterRequest request = bodies.read(ctx, RegisterRequest.class);
    AuthenticatedSession session = store.registerCustomer().register(request.toCommand());
    ctx.status(201);
    JsonAnswers.send(ctx, SessionResponse.from(session));
  }

  /**
   * Refuses with 429 before checking the password when the email or the caller's address has failed too
   * often; counts a wrong password against both, and clears the email's count on success.
   */
  public void logIn(Context ctx) {
    LogInCommand command = bodies.read(ctx, LogInRequest.class).toCommand();
    String email = command.email().value();
    String address = ctx.ip();
    Optional<Duration> wait = throttle.retryAfter(email, address);
    if (wait.isPresent()) {
      throttledLogIns.increment();
      throw new RequestRejectedException(Problems.loginThrottled(wait.get()));
    }
    AuthenticatedSession session;
    try {
      session = store.logIn().logIn(command);
    } catch (InvalidCredentialsException wrongPassword) {
      throttle.recordFailure(email, address);
      throw wrongPassword;
    }
    throttle.recordSuccess(email);
    JsonAnswers.send(ctx, SessionResponse.from(session));
  }

  public void verify(Context ctx) {
    UserId caller = Authentication.principal(ctx).userId();
    JsonAnswers.send(ctx, AccountResponse.from(store.viewAccount().viewAccount(caller)));
  }
}
