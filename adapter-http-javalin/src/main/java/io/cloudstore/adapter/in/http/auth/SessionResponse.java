package io.cloudstore.adapter.in.http.auth;

import io.cloudstore.application.port.in.user.AuthenticatedSession;

/** The answer to a registration or log-in: the access token and who it is for. */
public record SessionResponse(String token, UserResponse user) {
  public static SessionResponse from(AuthenticatedSession session) {
    return new SessionResponse(session.token(), UserResponse.from(session.user()));
  }
}
