package io.cloudstore.adapter.in.http;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The hand-written OpenAPI 3.1 description of this API ({@code openapi.json} beside this class), served at
 * {@code GET /api/openapi.json}. A test keeps it equal to the registered routes.
 */
final class OpenApiDocument {
  static final String RESOURCE = "openapi.json";

  private final byte[] json;

  private OpenApiDocument(byte[] json) {
    this.json = json;
  }

  static OpenApiDocument load() {
    try (InputStream in = OpenApiDocument.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the OpenAPI document " + RESOURCE + " is missing from the classpath");
      }
      return new OpenApiDocument(in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the OpenAPI document", e);
    }
  }

  void serve(Context ctx) {
    ctx.contentType("application/json").result(json);
  }
}
