package io.cloudstore.bootstrap;

import java.util.List;

/** Configuration that cannot be used; one line per bad value, each naming the variable and what it accepts. */
public final class ConfigException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final transient List<String> problems;

  public ConfigException(List<String> problems) {
    super(String.join(System.lineSeparator(), problems));
    this.problems = List.copyOf(problems);
  }

  public List<String> problems() {
    return problems;
  }
}
