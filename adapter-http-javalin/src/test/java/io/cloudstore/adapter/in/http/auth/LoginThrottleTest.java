package io.cloudstore.adapter.in.http.auth;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudstore.domain.fixtures.ManualClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {
  private static final Duration WINDOW = Duration.ofMinutes(15);
  private final ManualClock clock = new ManualClock(Instant.parse("2026-11-25T10:00:00Z"));
  private final LoginThrottle throttle = new LoginThrottle(3, 5, WINDOW, 100, clock);

  @Test
  void retryAfter_belowTheEmailLimit_letsTheAttemptThrough() {
    failTimes("ana@example.com", "10.0.0.1", 2);

    assertThat(throttle.retryAfter("ana@example.com", "10.0.0.1")).isEmpty();
  }

  @Test
  void retryAfter_atTheEmailLimit_blocksUntilTheWindowEnds() {
    failTimes("ana@example.com", "10.0.0.1", 3);
    clock.advance(Duration.ofMinutes(5));

    assertThat(throttle.retryAfter("ana@example.com", "10.0.0.99")).contains(Duration.ofMinutes(10));
  }

  @Test
  void retryAfter_afterTheWindowEnds_letsAttemptsThroughAgain() {
    failTimes("ana@example.com", "10.0.0.1", 3);
    clock.advance(WINDOW);

    assertThat(throttle.retryAfter("ana@example.com", "10.0.0.1")).isEmpty();
  }

  @Test
  void retryAfter_blockedEmail_doesNotBlockOtherEmails() {
    failTimes("ana@example.com", "10.0.0.1", 3);

    assertThat(throttle.retryAfter("bob@example.com", "10.0.0.2")).isEmpty();
  }

  @Test
  void recordSuccess_clearsTheEmailsFailures() {
    failTimes("ana@example.com", "10.0.0.1", 2);
    throttle.recordSuccess("ana@example.com");
    failTimes("ana@example.com", "10.0.0.2", 2);

    assertThat(throttle.retryAfter("ana@example.com", "10.0.0.3")).isEmpty();
  }

  @Test
  void retryAfter_addressFailingForManyEmails_isBlockedAtTheAddressLimit() {
    for (int i = 0; i < 5; i++) {
      throttle.recordFailure("user" + i + "@example.com", "10.0.0.7");
    }

    assertThat(throttle.retryAfter("fresh@example.com", "10.0.0.7")).contains(WINDOW);
    assertThat(throttle.retryAfter("fresh@example.com", "10.0.0.8")).isEmpty();
  }

  @Test
  void recordSuccess_doesNotClearTheAddressFailures() {
    for (int i = 0; i < 5; i++) {
      throttle.recordFailure("user" + i + "@example.com", "10.0.0.7");
    }
    throttle.recordSuccess("user0@example.com");

    assertThat(throttle.retryAfter("user0@example.com", "10.0.0.7")).isPresent();
  }

  @Test
  void recordFailure_manyDistinctKeys_tracksNoMoreThanTheBound() {
    var small = new LoginThrottle(3, 5, WINDOW, 10, clock);
    for (int i = 0; i < 1_000; i++) {
      small.recordFailure("user" + i + "@example.com", "10.0." + (i / 250) + "." + (i % 250));
    }

    assertThat(small.trackedKeys()).isEqualTo(20);
  }

  @Test
  void recordFailure_beyondTheBound_forgetsTheOldestKeyFirst() {
    var small = new LoginThrottle(1, 100, WINDOW, 2, clock);
    small.recordFailure("first@example.com", "10.0.0.1");
    clock.advance(Duration.ofSeconds(1));
    small.recordFailure("second@example.com", "10.0.0.1");
    small.recordFailure("third@example.com", "10.0.0.1");

    assertThat(small.retryAfter("first@example.com", "10.0.0.2")).isEmpty();
    assertThat(small.retryAfter("second@example.com", "10.0.0.2")).isPresent();
    assertThat(small.retryAfter("third@example.com", "10.0.0.2")).isPresent();
  }

  private void failTimes(String email, String address, int times) {
    for (int i = 0; i < times; i++) {
      throttle.recordFailure(email, address);
    }
  }
}
