package io.cloudstore.adapter.in.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudstore.adapter.in.http.support.Access;
import io.javalin.router.Endpoint;
import io.javalin.router.ParsedEndpoint;
import io.javalin.security.Roles;
import io.javalin.security.RouteRole;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Keeps {@code openapi.json} and the routes registered on Javalin from drifting apart. */
class OpenApiDocumentIT {
  private static final Set<String> HTTP_METHODS =
      Set.of("get", "put", "post", "delete", "patch", "head", "options", "trace");
  private static final Pattern PATH_PARAMETER = Pattern.compile("\\{([^}]+)}");

  private final ApiHarness api = ApiHarness.start();
  private final JsonNode document = readDocument();

  @AfterEach
  void stop() {
    api.close();
  }

  @Test
  void documentedOperations_areExactlyTheRegisteredRoutes() {
    Set<String> registered =
        endpoints().stream().map(e -> e.method.name() + " " + e.path).collect(Collectors.toCollection(TreeSet::new));

    assertThat(documentedOperations().keySet()).containsExactlyInAnyOrderElementsOf(registered);
  }

  @Test
  void protectedRoutes_andOnlyThose_declareBearerSecurity() {
    Map<String, JsonNode> operations = documentedOperations();
    for (Endpoint endpoint : endpoints()) {
      JsonNode operation = operations.get(endpoint.method.name() + " " + endpoint.path);
      Set<RouteRole> roles = endpoint.metadata(Roles.class).getRoles();
      boolean isPublic = roles.contains(Access.ANYONE);
      String name = endpoint.method.name() + " " + endpoint.path;

      assertThat(operation.get("security").isEmpty()).as(name + " security").isEqualTo(isPublic);
      if (!isPublic) {
        assertThat(operation.get("responses").has("401")).as(name + " 401").isTrue();
      }
      assertThat(operation.get("responses").has("403")).as(name + " 403").isEqualTo(roles.contains(Access.ADMIN));
    }
  }

  @Test
  void everyRoute_declaresExactlyOneAccessRole() {
    for (Endpoint endpoint : endpoints()) {
      Roles roles = endpoint.metadata(Roles.class);
      assertThat(roles).as(endpoint.path).isNotNull();
      assertThat(roles.getRoles()).as(endpoint.path).hasSize(1);
    }
  }

  @Test
  void operationsWithABody_documentTheBodyErrors() {
    documentedOperations().forEach((name, operation) -> {
      if (operation.has("requestBody")) {
        assertThat(iterable(operation.get("responses").fieldNames())).as(name).contains("400", "413", "415", "422");
      }
      assertThat(operation.get("responses").has("500")).as(name).isTrue();
    });
  }

  @Test
  void everyPathParameter_isDeclared() {
    documentedOperations().forEach((name, operation) -> {
      Matcher matcher = PATH_PARAMETER.matcher(name);
      while (matcher.find()) {
        String parameter = matcher.group(1);
        List<String> declared = new ArrayList<>();
        operation.path("parameters").forEach(p -> {
          if (p.get("in").asText().equals("path")) {
            declared.add(p.get("name").asText());
          }
        });
        assertThat(declared).as(name).contains(parameter);
      }
    });
  }

  @Test
  void everyReference_resolves() {
    List<String> references = new ArrayList<>();
    collectReferences(document, references);

    assertThat(references).isNotEmpty();
    for (String reference : references) {
      assertThat(reference).startsWith("#/");
      assertThat(document.at(reference.substring(1)).isMissingNode()).as(reference).isFalse();
    }
  }

  @Test
  void requiredProperties_existInTheirSchemas() {
    document.get("components").get("schemas").properties().forEach(entry -> {
      JsonNode schema = entry.getValue();
      schema.path("required").forEach(field ->
          assertThat(schema.get("properties").has(field.asText())).as(entry.getKey() + "." + field.asText()).isTrue());
    });
  }

  @Test
  void document_isServedAsJson() {
    var response = api.get("/api/openapi.json").send();

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
    assertThat(api.json(response)).isEqualTo(document);
    assertThat(document.get("openapi").asText()).startsWith("3.1");
  }

  private List<Endpoint> endpoints() {
    List<Endpoint> endpoints = new ArrayList<>();
    for (ParsedEndpoint parsed : api.app().unsafe.internalRouter.allHttpHandlers()) {
      if (parsed.endpoint.method.isHttpMethod()) {
        endpoints.add(parsed.endpoint);
      }
    }
    return endpoints;
  }

  private Map<String, JsonNode> documentedOperations() {
    Map<String, JsonNode> operations = new HashMap<>();
    document.get("paths").properties().forEach(path ->
        path.getValue().properties().forEach(operation -> {
          if (HTTP_METHODS.contains(operation.getKey())) {
            operations.put(operation.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey(), operation.getValue());
          }
        }));
    return operations;
  }

  private static void collectReferences(JsonNode node, List<String> references) {
    if (node.isObject()) {
      node.properties().forEach(field -> {
        if (field.getKey().equals("$ref")) {
          references.add(field.getValue().asText());
        } else {
          collectReferences(field.getValue(), references);
        }
      });
    } else if (node.isArray()) {
      node.forEach(child -> collectReferences(child, references));
    }
  }

  private static <T> Iterable<T> iterable(Iterator<T> iterator) {
    return () -> iterator;
  }

  private static JsonNode readDocument() {
    try (InputStream in = HttpApi.class.getResourceAsStream(OpenApiDocument.RESOURCE)) {
      return new ObjectMapper().readTree(in);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
