package org.claimdesk.api;

/** Answered with 404: the id or name in the address does not exist. */
class ApiNotFoundException extends RuntimeException {

  ApiNotFoundException(String message) {
    super(message);
  }
}
