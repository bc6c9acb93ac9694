package io.cloudstore.guarantees;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/** Every request of a run, with a logical clock that orders them as they really happened. */
final class History {
  private final AtomicLong clock = new AtomicLong();
  private final ConcurrentLinkedQueue<Op> ops = new ConcurrentLinkedQueue<>();
  private final AtomicLong recorded = new AtomicLong();
  private final ConcurrentLinkedQueue<Milestone> milestones = new ConcurrentLinkedQueue<>();

  /** Opens when this many operations have been recorded. */
  private record Milestone(long operations, CountDownLatch reached) {}

  /** Sends one request and records it; {@code products} and {@code orders} are what it is about. */
  Op record(int client, String actor, String kind, String input, List<String> products, List<String> orders,
      Supplier<Reply> request) {
    long start = clock.incrementAndGet();
    Reply reply = request.get();
    long end = clock.incrementAndGet();
    Op op = new Op(start, end, client, actor, kind, input, reply, List.copyOf(products), List.copyOf(orders));
    ops.add(op);
    long count = recorded.incrementAndGet();
    milestones.forEach(m -> {
      if (count >= m.operations()) {
        m.reached().countDown();
      }
    });
    return op;
  }

  /** A latch that opens once {@code more} further operations have been recorded. */
  CountDownLatch after(long more) {
    var milestone = new Milestone(recorded.get() + more, new CountDownLatch(1));
    milestones.add(milestone);
    if (recorded.get() >= milestone.operations()) {
      milestone.reached().countDown();
    }
    return milestone.reached();
  }

  long now() {
    return clock.get();
  }

  List<Op> ops() {
    List<Op> all = new ArrayList<>(ops);
    all.sort(Comparator.comparingLong(Op::start));
    return all;
  }

  int size() {
    return ops.size();
  }

  /**
   * The shortest history that shows a violation about {@code subject}: every operation that touched it,
   * up to the last one, in the order they started.
   */
  List<Op> about(String subject) {
    return ops().stream().filter(op -> op.touches(subject)).toList();
  }
}
