package io.cloudstore.bench.suite;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Everything one run measured, collected as it goes, for the printed table and the results files. */
final class Results {
  private final Machine machine;
  private final Profile profile;
  private final String jvmFlags;
  private String subject = "";
  private final List<LoadRow> loads = new ArrayList<>();
  private final List<TargetRow> targets = new ArrayList<>();
  private final List<String> notes = new ArrayList<>();
  private final List<String> failures = new ArrayList<>();
  private final List<DynamoDbWriteUnits.Checkout> checkoutCosts = new ArrayList<>();
  private final List<Jmh.Score> jmh = new ArrayList<>();

  Results(Machine machine, Profile profile, String jvmFlags) {
    this.machine = machine;
    this.profile = profile;
    this.jvmFlags = jvmFlags;
  }

  /** Adds a load row; a row with errors is also a failure of the run. */
  LoadRow add(LoadRow row) {
    loads.add(row);
    if (row.errors() > 0) {
      failure(row.scenario() + " (" + row.storage() + ") had " + row.errors() + " errors; statuses "
          + row.result().statuses() + ", socket errors " + row.result().socketErrors());
    }
    return row;
  }

  /** What was measured: the jar and the sources it was built from. */
  void subject(String subject) {
    this.subject = subject;
  }

  String subject() {
    return subject;
  }

  void target(TargetRow row) {
    targets.add(row);
  }

  void note(String note) {
    notes.add(note);
  }

  /** Something that makes the run fail (never a speed: those are verdicts). */
  void failure(String failure) {
    failures.add(failure);
  }

  void checkoutCosts(List<DynamoDbWriteUnits.Checkout> costs) {
    checkoutCosts.addAll(costs);
  }

  void jmh(List<Jmh.Score> scores) {
    jmh.addAll(scores);
  }

  Optional<LoadRow> load(String scenario, String storage) {
    return loads.stream().filter(r -> r.scenario().equals(scenario) && r.storage().equals(storage)).findFirst();
  }

  Machine machine() {
    return machine;
  }

  Profile profile() {
    return profile;
  }

  String jvmFlags() {
    return jvmFlags;
  }

  List<LoadRow> loads() {
    return List.copyOf(loads);
  }

  List<TargetRow> targets() {
    return List.copyOf(targets);
  }

  List<String> notes() {
    return List.copyOf(notes);
  }

  List<String> failures() {
    return List.copyOf(failures);
  }

  List<DynamoDbWriteUnits.Checkout> checkoutCosts() {
    return List.copyOf(checkoutCosts);
  }

  List<Jmh.Score> jmh() {
    return List.copyOf(jmh);
  }
}
