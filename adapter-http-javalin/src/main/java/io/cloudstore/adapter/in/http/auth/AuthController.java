package io.cloudstore.adapter.in.http.auth;

import io.cloudstore.adapter.in.http.support.Authentication;
import io.cloudstore.adapter.in.http.support.JsonBodies;
import io.cloudstore.adapter.in.http.support.Problems;
import io.cloudstore.adapter.in.http.support.RequestRejectedException;
import io.cloudstore.application.CloudStore;
import io.cloudstore.application.port.in.user.AuthenticatedSession;
import io.cloudstore.application.port.in.user.InvalidCredentialsException;
import io.cloudstore.application.port.in.user.LogInCommand;
import io.javalin.http.Context;
import java.time.Duration;
import java.util.Optional;

/** Registration, log-in (throttled) and "who am I". */
public final class AuthController {
  private final CloudStore store;
  private final JsonBodies bodies;
  private final LoginThrottle throttle;

  public AuthController(CloudStore store, JsonBodies bodies, LoginThrottle throttle) {
    this.store = store;
    this.bodies = bodies;
    this.throttle = throttle;
  }

  public void register(Context ctx) {
    RegisterRequest request = bodies.read(ctx, RegisterRequest.class);
    AuthenticatedSession session = store.registerCustomer().register(request.toCommand());
    ctx.status(201).json(SessionResponse.from(session));
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
    ctx.json(SessionResponse.from(session));
  }

  public void verify(Context ctx) {
    ctx.json(AccountResponse.from(store.viewAccount().viewAccount(Authentication.principal(ctx).userId())));
  }
}
