package io.cloudstore.adapter.in.http.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** JSON answers written straight into the response, over real HTTP on loopback. */
class JsonAnswersIT {
  record Line(String name, int quantity) {}

  record Answer(String id, List<Line> lines) {}

  /** Streamed, Jackson would write {@code first} before finding that {@code second} cannot be written. */
  record HalfWritable(String first, Object second) {
    @Override
    public Object second() {
      throw new IllegalStateException("not writable");
    }
  }

  private final ObjectMapper mapper = JsonMapping.newObjectMapper();
  private final HttpClient http = HttpClient.newHttpClient();
  private Javalin server;

  @BeforeEach
  void start() {
    server = Javalin.create(config -> {
      JsonAnswers.use(config, mapper);
      new ErrorMapping(mapper, 1024).register(config.routes);
      config.routes.get("/answer", ctx -> JsonAnswers.send(ctx, new Answer("o-1", List.of(new Line("Mug", 2)))));
      config.routes.post("/created", ctx -> {
        ctx.status(201).header("Location", "/answer");
        JsonAnswers.send(ctx, new Answer("o-2", List.of()));
      });
      config.routes.get("/broken", ctx -> JsonAnswers.send(ctx, new HalfWritable("written", null)));
    }).start("127.0.0.1", 0);
  }

  @AfterEach
  void stop() {
    server.stop();
  }

  @Test
  void send_writesTheBodyAsJsonWithItsLength() throws Exception {
    HttpResponse<String> response = get("/answer");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
    assertThat(response.headers().firstValueAsLong("Content-Length")).hasValue(response.body().length());
    assertThat(mapper.readTree(response.body()))
        .isEqualTo(mapper.readTree("{\"id\":\"o-1\",\"lines\":[{\"name\":\"Mug\",\"quantity\":2}]}"));
  }

  @Test
  void send_keepsTheStatusAndHeadersSetBeforeIt() throws Exception {
    HttpResponse<String> response = http.send(
        HttpRequest.newBuilder(uri("/created")).POST(HttpRequest.BodyPublishers.noBody()).build(),
        HttpResponse.BodyHandlers.ofString());

    assertThat(response.statusCode()).isEqualTo(201);
    assertThat(response.headers().firstValue("Location")).hasValue("/answer");
    assertThat(mapper.readTree(response.body()).get("id").asText()).isEqualTo("o-2");
  }

  @Test
  void send_bodyThatCannotBeWritten_answersOnlyA500Problem() throws Exception {
    HttpResponse<String> response = get("/broken");

    assertThat(response.statusCode()).isEqualTo(500);
    assertThat(response.body()).doesNotContain("written");
    JsonNode problem = mapper.readTree(response.body());
    assertThat(problem.get("status").asInt()).isEqualTo(500);
  }

  private HttpResponse<String> get(String path) throws Exception {
    return http.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString());
  }

  private URI uri(String path) {
    return URI.create("http://127.0.0.1:" + server.port() + path);
  }
}
