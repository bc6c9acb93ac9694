package io.cloudstore.bench.reference;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;
import org.mindrot.jbcrypt.BCrypt;

/**
 * The log-in ceiling: how many raw jBCrypt {@code checkpw} verifications per second {@code threads} threads
 * manage at {@code cost}, with nothing else around them. A log-in is one such verification plus a user
 * lookup, a token and JSON, so the shop's log-ins per second should come close to this.
 *
 * <p>{@code java -cp store-bench.jar io.cloudstore.bench.reference.BcryptReference COST THREADS SECONDS}
 * prints one line: {@code {"cost":10,"threads":2,"seconds":5.0,"verifications":150,"perSecond":30.0}}.
 */
public final class BcryptReference {
  private static final String PASSWORD = "correct horse battery staple";

  private BcryptReference() {}

  public static void main(String[] args) throws InterruptedException {
    if (args.length != 3) {
      throw new IllegalArgumentException("usage: BcryptReference COST THREADS SECONDS");
    }
    run(Integer.parseInt(args[0]), Integer.parseInt(args[1]), Double.parseDouble(args[2]), System.out);
  }

  static void run(int cost, int threads, double seconds, PrintStream out) throws InterruptedException {
    String hash = BCrypt.hashpw(PASSWORD, BCrypt.gensalt(cost));
    verifyFor(hash, threads, Math.min(1.0, seconds / 4)); // warm-up, not counted
    long verifications = verifyFor(hash, threads, seconds);
    out.println(String.format(Locale.ROOT,
        "{\"cost\":%d,\"threads\":%d,\"seconds\":%.1f,\"verifications\":%d,\"perSecond\":%.2f}",
        cost, threads, seconds, verifications, verifications / seconds));
  }

  /** Verifications completed by {@code threads} threads in {@code seconds}; work in flight at the end is not counted. */
  private static long verifyFor(String hash, int threads, double seconds) throws InterruptedException {
    var stop = new AtomicBoolean();
    var done = new LongAdder();
    List<Thread> workers = new ArrayList<>(threads);
    for (int i = 0; i < threads; i++) {
      Thread worker = new Thread(() -> {
        while (!stop.get()) {
          if (!BCrypt.checkpw(PASSWORD, hash)) {
            throw new IllegalStateException("bcrypt rejected its own hash");
          }
          if (!stop.get()) {
            done.increment();
          }
        }
      }, "bcrypt-" + i);
      workers.add(worker);
      worker.start();
    }
    Thread.sleep((long) (seconds * 1000));
    stop.set(true);
    for (Thread worker : workers) {
      worker.join();
    }
    return done.sum();
  }
}
