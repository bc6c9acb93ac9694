package io.cloudstore.adapter.out.faults;

/** What can go wrong with one call to storage. */
public enum Fault {
  /** The call fails at once and never reaches storage. */
  ERROR,
  /**
   * The write reaches storage and succeeds, then the answer is lost: the caller sees a failure although the
   * change was made (an "unknown outcome", as after a network drop). Only writes suffer it.
   */
  ERROR_AFTER_WRITE,
  /** The call waits {@link FaultPlan#timeout()} and then fails without reaching storage. */
  TIMEOUT,
  /** The call waits {@link FaultPlan#slowCall()} and then goes through normally. */
  SLOW
}
