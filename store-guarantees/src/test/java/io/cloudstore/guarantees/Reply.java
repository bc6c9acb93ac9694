package io.cloudstore.guarantees;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.IOException;

/**
 * One HTTP answer. {@code status} is {@value #NO_ANSWER} when no answer arrived at all (connection refused
 * or reset, timeout): like a 503, the client cannot know whether its request took effect.
 */
record Reply(int status, String contentType, String body) {
  static final int NO_ANSWER = -1;

  static Reply noAnswer(Throwable cause) {
    return new Reply(NO_ANSWER, "", cause.getClass().getSimpleName() + ": " + cause.getMessage());
  }

  boolean is(int expected) {
    return status == expected;
  }

  boolean succeeded() {
    return status >= 200 && status < 300;
  }

  /** A 503 or no answer: the request may or may not have taken effect. */
  boolean outcomeUnknown() {
    return status == 503 || status == NO_ANSWER;
  }

  boolean isProblem() {
    return contentType.startsWith("application/problem+json");
  }

  JsonNode json() {
    if (body.isEmpty()) {
      return MissingNode.getInstance();
    }
    try {
      return Http.JSON.readTree(body);
    } catch (IOException e) {
      return MissingNode.getInstance();
    }
  }

  /** Short enough for a history line. */
  String brief() {
    String text = body.length() > 160 ? body.substring(0, 160) + "…" : body;
    return status + " " + text.replace('\n', ' ');
  }
}
