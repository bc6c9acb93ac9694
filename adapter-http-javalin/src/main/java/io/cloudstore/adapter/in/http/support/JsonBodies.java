package io.cloudstore.adapter.in.http.support;

import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.javalin.http.Context;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Reads request bodies into request records: checks the media type (415), enforces the size limit on the
 * bytes actually received (413, chunked bodies included), and turns every parse failure into a 400 problem
 * worded here, never Jackson's own message.
 *
 * <p>A body with a {@code Content-Length} is read into an array of exactly that length ({@link BodyLimit}
 * has refused longer ones): Javalin's own reading allocates an 8 KB chunk and a growing copy per request,
 * and {@code InputStream.readNBytes(int)} reads through 8 KB chunks too.
 */
public final class JsonBodies {
  private static final Pattern FIELD_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9]{0,63}");

  private final ObjectMapper mapper;
  private final int maxBodyBytes;

  public JsonBodies(ObjectMapper mapper, int maxBodyBytes) {
    this.mapper = Objects.requireNonNull(mapper, "mapper");
    this.maxBodyBytes = maxBodyBytes;
  }

  /**
   * @throws RequestRejectedException with 415 for a non-JSON body, 413 for one over the limit, 400 for an
   *     empty, cut-off or unreadable one
   */
  public <T> T read(Context ctx, Class<T> type) {
    String contentType = ctx.contentType();
    if (contentType != null && !isJson(contentType)) {
      throw rejected(Problems.unsupportedMediaType());
    }
    byte[] body = bytesOf(ctx.req());
    if (contentType == null && body.length > 0) {
      throw rejected(Problems.unsupportedMediaType());
    }
    return parse(body, type);
  }

  private byte[] bytesOf(HttpServletRequest request) {
    long declared = request.getContentLengthLong();
    if (declared > maxBodyBytes) {
      throw rejected(Problems.tooLarge(maxBodyBytes));
    }
    try {
      InputStream in = request.getInputStream();
      if (declared >= 0) {
        byte[] body = new byte[(int) declared];
        if (in.readNBytes(body, 0, body.length) < body.length) {
          throw cutOff();
        }
        return body;
      }
      byte[] body = in.readNBytes(maxBodyBytes + 1);
      if (body.length > maxBodyBytes) {
        throw rejected(Problems.tooLarge(maxBodyBytes));
      }
      return body;
    } catch (IOException endedEarly) {
      // Jetty reports a connection closed before the declared length as an IOException.
      throw cutOff();
    }
  }

  private static RequestRejectedException cutOff() {
    return rejected(Problems.malformed("The body ended before its declared length."));
  }

  /** Parses a JSON object; refuses an empty body, {@code null}, other JSON values and bad input with 400. */
  public <T> T parse(byte[] body, Class<T> type) {
    if (body.length == 0) {
      throw rejected(Problems.malformed("This request needs a JSON object as its body."));
    }
    T value;
    try {
      value = mapper.readValue(body, type);
    } catch (InvalidDefinitionException bug) {
      throw new IllegalStateException("cannot map JSON to " + type.getSimpleName(), bug);
    } catch (StreamConstraintsException tooComplex) {
      throw rejected(Problems.malformed("The JSON body is nested too deeply or holds a value that is too long."));
    } catch (MismatchedInputException wrongShape) {
      throw rejected(wrongShapeProblem(wrongShape.getPath()));
    } catch (IOException unreadable) {
      throw rejected(Problems.malformed(
          "The body is not valid JSON: check its syntax, that no key repeats and that nothing follows the value."));
    }
    if (value == null) {
      throw rejected(Problems.malformed("This request needs a JSON object as its body."));
    }
    return value;
  }

  /** {@code application/json} or {@code application/*+json}, in UTF-8 if a charset is named. */
  static boolean isJson(String contentType) {
    if (contentType == null) {
      return false;
    }
    String[] parts = contentType.split(";");
    String mediaType = parts[0].strip().toLowerCase(Locale.ROOT);
    boolean json =
        mediaType.equals("application/json")
            || (mediaType.startsWith("application/") && mediaType.endsWith("+json"));
    for (int i = 1; i < parts.length; i++) {
      String[] parameter = parts[i].split("=", 2);
      if (parameter[0].strip().equalsIgnoreCase("charset")) {
        String charset = parameter.length < 2 ? "" : parameter[1].strip().replace("\"", "");
        json = json && charset.equalsIgnoreCase("utf-8");
      }
    }
    return json;
  }

  private static Problem wrongShapeProblem(List<JsonMappingException.Reference> path) {
    if (path.isEmpty()) {
      return Problems.malformed(
          "The body must be a single JSON object with nothing after it.");
    }
    StringBuilder field = new StringBuilder();
    for (JsonMappingException.Reference step : path) {
      if (step.getIndex() >= 0) {
        field.append('[').append(step.getIndex()).append(']');
      } else if (step.getFieldName() != null && FIELD_NAME.matcher(step.getFieldName()).matches()) {
        field.append(field.length() == 0 ? "" : ".").append(step.getFieldName());
      } else {
        return Problems.malformed("A field has a value of the wrong type.");
      }
    }
    return Problems.wrongType(field.toString());
  }

  private static RequestRejectedException rejected(Problem problem) {
    return new RequestRejectedException(problem);
  }
}
