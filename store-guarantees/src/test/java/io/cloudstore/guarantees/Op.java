package io.cloudstore.guarantees;

import java.util.List;

/**
 * One recorded request: who sent it, what it asked, what came back, and when it started and ended on the
 * run's logical clock (a request that ended before another started really happened first).
 */
record Op(
    long start,
    long end,
    int client,
    String actor,
    String kind,
    String input,
    Reply reply,
    List<String> products,
    List<String> orders) {

  boolean touches(String subject) {
    return actor.equals(subject) || products.contains(subject) || orders.contains(subject);
  }

  int status() {
    return reply.status();
  }

  @Override
  public String toString() {
    return String.format("#%d..%d c%d %s %s %s -> %s", start, end, client, actor, kind, input, reply.brief());
  }
}
