package io.cloudstore.bootstrap;

/** Where the shop keeps its data. */
public enum StorageKind {
  MEMORY("memory"),
  DYNAMODB("dynamodb");

  private final String configName;

  StorageKind(String configName) {
    this.configName = configName;
  }

  public String configName() {
    return configName;
  }
}
