package io.cloudstore.adapter.out.persistence.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DynamoDbSettingsTest {

  @Test
  void new_validValues_keepsThem() {
    DynamoDbSettings settings =
        new DynamoDbSettings(" eu-west-1 ", Optional.of(URI.create("http://127.0.0.1:5000")), "shop_1.test-");

    assertThat(settings.region()).isEqualTo("eu-west-1");
    assertThat(settings.tablePrefix()).isEqualTo("shop_1.test-");
  }

  @Test
  void new_blankRegion_isRefusedNamingTheRegion() {
    assertThatThrownBy(() -> new DynamoDbSettings(" ", Optional.empty(), ""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("region");
  }

  @Test
  void new_prefixWithCharactersDynamoDbRefuses_isRefusedNamingThePrefix() {
    assertThatThrownBy(() -> new DynamoDbSettings("us-east-1", Optional.empty(), "shop/"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("tablePrefix");
  }

  @Test
  void new_prefixLongerThan100_isRefused() {
    assertThat(new DynamoDbSettings("us-east-1", Optional.empty(), "p".repeat(100)).tablePrefix()).hasSize(100);
    assertThatThrownBy(() -> new DynamoDbSettings("us-east-1", Optional.empty(), "p".repeat(101)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void new_endpointThatIsNotHttp_isRefusedNamingTheEndpoint() {
    assertThatThrownBy(() -> new DynamoDbSettings("us-east-1", Optional.of(URI.create("ftp://host/")), ""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("endpointOverride");
  }

  @Test
  void forRegion_hasNoEndpointAndNoPrefix() {
    DynamoDbSettings settings = DynamoDbSettings.forRegion("us-east-1");

    assertThat(settings.endpointOverride()).isEmpty();
    assertThat(settings.tablePrefix()).isEmpty();
  }
}
