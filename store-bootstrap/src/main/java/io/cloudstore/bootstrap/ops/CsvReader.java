package io.cloudstore.bootstrap.ops;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads comma-separated values as RFC 4180 describes them: fields may be quoted with {@code "}, a quoted
 * field may hold commas, line breaks and doubled quotes ({@code ""}), lines end with LF or CRLF. Blank
 * lines are skipped. No dependency for a format this small.
 */
final class CsvReader {
  /** One line of values, and the number of the line it starts on (1-based). */
  record CsvRecord(int line, List<String> fields) {
    CsvRecord {
      fields = List.copyOf(fields);
    }
  }

  private CsvReader() {}

  /** @throws ProductFileException if a quoted field is not closed, or text follows a closing quote */
  static List<CsvRecord> read(String text) {
    List<CsvRecord> records = new ArrayList<>();
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    int line = 1;
    int recordLine = 1;
    boolean quoted = false;
    boolean fieldWasQuoted = false;
    int i = text.startsWith("\uFEFF") ? 1 : 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          if (c == '\n') {
            line++;
          }
          field.append(c);
        }
      } else if (c == '"' && field.length() == 0 && !fieldWasQuoted) {
        quoted = true;
        fieldWasQuoted = true;
      } else if (c == ',') {
        fields.add(field.toString());
        field.setLength(0);
        fieldWasQuoted = false;
      } else if (c == '\n' || c == '\r') {
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        fields.add(field.toString());
        addUnlessBlank(records, recordLine, fields);
        fields = new ArrayList<>();
        field.setLength(0);
        fieldWasQuoted = false;
        line++;
        recordLine = line;
      } else if (fieldWasQuoted) {
        throw new ProductFileException(
            "line " + line + ": only a comma or the end of the line may follow a closing quote");
      } else {
        field.append(c);
      }
      i++;
    }
    if (quoted) {
      throw new ProductFileException("line " + recordLine + ": a quoted field is not closed");
    }
    fields.add(field.toString());
    addUnlessBlank(records, recordLine, fields);
    return records;
  }

  private static void addUnlessBlank(List<CsvRecord> records, int line, List<String> fields) {
    boolean blank = fields.size() == 1 && fields.get(0).isBlank();
    if (!blank) {
      records.add(new CsvRecord(line, fields));
    }
  }
}
