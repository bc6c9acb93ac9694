package io.cloudstore.bench.suite;

import io.cloudstore.bench.reference.SampleCatalog;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;

/** Writes the files the Lua scripts read: product ids, shoppers with tokens, and request paths. */
final class DataFiles {
  private final Path directory;

  DataFiles(Path directory) {
    this.directory = directory;
  }

  Path products(String name, Collection<String> ids) {
    return write(name + "-products.txt", ids);
  }

  Path shoppers(String name, List<ShopClient.Session> shoppers) {
    return write(name + "-shoppers.txt",
        shoppers.stream().map(s -> s.email() + "\t" + s.password() + "\t" + s.token()).toList());
  }

  Path paths(String name, Collection<String> paths) {
    return write(name + "-paths.txt", paths);
  }

  Path categories() {
    return write("categories.txt", SampleCatalog.CATEGORIES);
  }

  Path searches() {
    return write("searches.txt", SampleCatalog.NOTES);
  }

  static List<String> productPaths(Collection<String> ids) {
    return ids.stream().map(id -> "/api/products/" + id).toList();
  }

  static List<String> categoryPaths() {
    return SampleCatalog.CATEGORIES.stream().map(c -> "/api/products?limit=20&category=" + encode(c)).toList();
  }

  static List<String> searchPaths() {
    return SampleCatalog.NOTES.stream().map(note -> "/api/products?limit=20&q=" + encode(note)).toList();
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  private Path write(String fileName, Collection<String> lines) {
    Path file = directory.resolve(fileName);
    try {
      Files.write(file, lines, StandardCharsets.UTF_8);
      return file;
    } catch (IOException e) {
      throw new BenchException("cannot write " + file, e);
    }
  }
}
