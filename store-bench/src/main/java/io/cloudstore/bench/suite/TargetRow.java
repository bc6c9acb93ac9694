package io.cloudstore.bench.suite;

/** One target of the issue, what was measured for it and whether it was met. */
record TargetRow(String target, String requirement, String measured, Verdict verdict) {
  enum Verdict {
    MET("met"),
    MISSED("MISSED"),
    NOT_MEASURED("not measured");

    private final String label;

    Verdict(String label) {
      this.label = label;
    }

    String label() {
      return label;
    }

    static Verdict of(boolean met) {
      return met ? MET : MISSED;
    }
  }
}
