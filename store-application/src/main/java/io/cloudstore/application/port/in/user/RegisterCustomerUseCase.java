package io.cloudstore.application.port.in.user;

import io.cloudstore.domain.user.EmailAlreadyRegisteredException;

/** Opens a customer account and signs the new customer in. */
public interface RegisterCustomerUseCase {
  /**
   * @throws EmailAlreadyRegisteredException if the email is taken (also under concurrent registrations)
   */
  AuthenticatedSession register(RegisterCustomerCommand command);
}
