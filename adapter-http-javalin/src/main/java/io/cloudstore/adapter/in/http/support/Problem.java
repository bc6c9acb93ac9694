package io.cloudstore.adapter.in.http.support;

import io.cloudstore.domain.FieldError;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An RFC 9457 problem as this API answers it: status, the headers that go with it (such as
 * {@code Retry-After}) and the body members. Every instance is made by {@link Problems}, the one place that
 * words them, so no internal message can slip through.
 *
 * @param type a URI reference naming the kind of problem, {@code /problems/<slug>}
 * @param errors the invalid fields, for validation failures; empty otherwise
 * @param extensions further body members, such as {@code currentTotal}
 */
public record Problem(
    int status,
    String type,
    String title,
    String detail,
    List<FieldError> errors,
    Map<String, Object> extensions,
    Map<String, String> headers) {
  public static final String CONTENT_TYPE = "application/problem+json";

  public Problem {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(detail, "detail");
    errors = List.copyOf(errors);
    extensions = Map.copyOf(extensions);
    headers = Map.copyOf(headers);
  }

  Problem withHeader(String name, String value) {
    Map<String, String> more = new LinkedHashMap<>(headers);
    more.put(name, value);
    return new Problem(status, type, title, detail, errors, extensions, more);
  }

  Problem withExtension(String name, Object value) {
    Map<String, Object> more = new LinkedHashMap<>(extensions);
    more.put(name, value);
    return new Problem(status, type, title, detail, errors, more, headers);
  }

  /** The JSON body: the standard members first, then {@code errors} if any, then the extensions. */
  public Map<String, Object> body() {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", type);
    body.put("title", title);
    body.put("status", status);
    body.put("detail", detail);
    if (!errors.isEmpty()) {
      body.put("errors", errors.stream().map(e -> new FieldErrorResponse(e.field(), e.message())).toList());
    }
    extensions.entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .forEach(e -> body.put(e.getKey(), e.getValue()));
    return body;
  }

  /** One entry of {@code errors}: the field's path as the client sent it, and what is wrong with it. */
  public record FieldErrorResponse(String field, String message) {}
}
