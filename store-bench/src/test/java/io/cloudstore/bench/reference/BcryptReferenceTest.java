package io.cloudstore.bench.reference;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class BcryptReferenceTest {
  @Test
  void run_lowCost_printsOneJsonLineWithTheRate() throws Exception {
    var bytes = new ByteArrayOutputStream();

    BcryptReference.run(4, 1, 0.2, new PrintStream(bytes, true, StandardCharsets.UTF_8));

    JsonNode line = new ObjectMapper().readTree(bytes.toString(StandardCharsets.UTF_8));
    assertThat(line.path("cost").asInt()).isEqualTo(4);
    assertThat(line.path("threads").asInt()).isEqualTo(1);
    assertThat(line.path("verifications").asLong()).isPositive();
    assertThat(line.path("perSecond").asDouble())
        .isEqualTo(line.path("verifications").asLong() / 0.2, org.assertj.core.data.Offset.offset(0.01));
  }
}
