package io.cloudstore.bootstrap.ops;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads the products of an import file: a JSON array of objects (like the demo catalog) or CSV with a
 * header row. A {@code .json} or {@code .csv} name decides the format; otherwise a file starting with
 * {@code [} is JSON. Values are not checked here (see {@link ProductImport}), only the shape of the file.
 */
public final class ProductFile {
  /** The fields a product may have; {@code id} and {@code sku} are two names for the same key. */
  public static final List<String> FIELDS =
      List.of("id", "sku", "name", "description", "category", "price", "stock", "imageUrl");
  /** The CSV columns that must be present. */
  public static final List<String> REQUIRED_COLUMNS = List.of("name", "category", "price", "stock");

  /** What was read: the products, and the rows that could not even be read as a product. */
  public record Contents(List<ProductRecord> products, List<RowError> errors) {
    public Contents {
      products = List.copyOf(products);
      errors = List.copyOf(errors);
    }
  }

  private ProductFile() {}

  /**
   * @throws ProductFileException if the file is not valid UTF-8 JSON or CSV of products
   * @throws UncheckedIOException if it cannot be read
   */
  public static Contents read(Path file) {
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(Files.readAllBytes(file))).toString();
    } catch (CharacterCodingException e) {
      throw new ProductFileException("the file is not UTF-8 text", e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    boolean json = name.endsWith(".json") || (!name.endsWith(".csv") && text.stripLeading().startsWith("["));
    return json ? readJson(text) : readCsv(text);
  }

  static Contents readJson(String text) {
    JsonNode root;
    try {
      root = new ObjectMapper().readTree(text);
    } catch (JsonProcessingException e) {
      throw new ProductFileException("not valid JSON (line " + e.getLocation().getLineNr() + ")", e);
    }
    if (root == null || !root.isArray()) {
      throw new ProductFileException("a JSON import file must be an array of products: [{\"name\": ...}, ...]");
    }
    List<ProductRecord> products = new ArrayList<>();
    List<RowError> errors = new ArrayList<>();
    for (int i = 0; i < root.size(); i++) {
      String location = "row " + (i + 1);
      JsonNode element = root.get(i);
      if (!element.isObject()) {
        errors.add(new RowError(i + 1, location, "product", "must be a JSON object"));
        continue;
      }
      Map<String, String> values = new HashMap<>();
      List<RowError> problems = new ArrayList<>();
      int row = i + 1;
      element.properties().forEach(property -> {
        String field = property.getKey();
        JsonNode value = property.getValue();
        if (!FIELDS.contains(field)) {
          problems.add(
              new RowError(row, location, field, "is not a product field (" + String.join(", ", FIELDS) + ")"));
        } else if (value.isTextual() || value.isNumber()) {
          putUnlessBlank(values, field, value.isTextual() ? value.textValue() : value.asText());
        } else if (!value.isNull()) {
          problems.add(new RowError(row, location, field, "must be text or a number"));
        }
      });
      if (problems.isEmpty()) {
        products.add(new ProductRecord(i + 1, location, values));
      } else {
        errors.addAll(problems);
      }
    }
    return new Contents(products, errors);
  }

  static Contents readCsv(String text) {
    List<CsvReader.CsvRecord> records = CsvReader.read(text);
    if (records.isEmpty()) {
      throw new ProductFileException("the file is empty; a CSV import file starts with a header row such as "
          + "name,description,category,price,stock,imageUrl,id");
    }
    List<String> columns = columns(records.get(0));
    List<ProductRecord> products = new ArrayList<>();
    List<RowError> errors = new ArrayList<>();
    for (int r = 1; r < records.size(); r++) {
      CsvReader.CsvRecord record = records.get(r);
      String location = "row " + r + " (line " + record.line() + ")";
      if (record.fields().size() != columns.size()) {
        errors.add(new RowError(r, location, "row", "has " + record.fields().size() + " values but the header has "
            + columns.size() + " columns"));
        continue;
      }
      Map<String, String> values = new HashMap<>();
      for (int c = 0; c < columns.size(); c++) {
        putUnlessBlank(values, columns.get(c), record.fields().get(c));
      }
      products.add(new ProductRecord(r, location, values));
    }
    return new Contents(products, errors);
  }

  /** The header's column names as field names; unknown, repeated or missing required columns fail the file. */
  private static List<String> columns(CsvReader.CsvRecord header) {
    Map<String, String> byLowerCase = new LinkedHashMap<>();
    FIELDS.forEach(field -> byLowerCase.put(field.toLowerCase(Locale.ROOT), field));
    List<String> columns = new ArrayList<>();
    for (String name : header.fields()) {
      String field = byLowerCase.get(name.strip().toLowerCase(Locale.ROOT));
      if (field == null) {
        throw new ProductFileException("line " + header.line() + ": unknown column '" + name.strip()
            + "'; the columns are " + String.join(", ", FIELDS));
      }
      if (columns.contains(field)) {
        throw new ProductFileException("line " + header.line() + ": the column '" + field + "' appears twice");
      }
      columns.add(field);
    }
    List<String> missing = REQUIRED_COLUMNS.stream().filter(required -> !columns.contains(required)).toList();
    if (!missing.isEmpty()) {
      throw new ProductFileException("line " + header.line() + ": the header lacks the column(s) "
          + String.join(", ", missing) + "; the first line must name the columns, such as "
          + "name,description,category,price,stock,imageUrl,id");
    }
    return columns;
  }

  private static void putUnlessBlank(Map<String, String> values, String field, String value) {
    if (value != null && !value.isBlank()) {
      values.put(field, value.strip());
    }
  }
}
