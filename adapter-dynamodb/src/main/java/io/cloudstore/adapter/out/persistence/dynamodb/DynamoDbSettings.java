package io.cloudstore.adapter.out.persistence.dynamodb;

import java.net.URI;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where the store's tables are: an AWS region, an optional endpoint (a local emulator such as moto, or
 * a VPC endpoint) and a prefix put in front of every table name, so that several stores can share one
 * account.
 *
 * @param region an AWS region name such as {@code eu-west-1}
 * @param endpointOverride an {@code http(s)} URL to use instead of the region's DynamoDB endpoint
 * @param tablePrefix 0 to 100 letters, digits, {@code _ . -}; empty for none
 */
public record DynamoDbSettings(String region, Optional<URI> endpointOverride, String tablePrefix) {
  private static final Pattern PREFIX = Pattern.compile("[A-Za-z0-9_.-]{0,100}");

  public DynamoDbSettings {
    if (region == null || region.isBlank()) {
      throw new IllegalArgumentException("region is required, for example us-east-1");
    }
    region = region.strip();
    Objects.requireNonNull(endpointOverride, "endpointOverride");
    endpointOverride.ifPresent(DynamoDbSettings::requireHttpUrl);
    tablePrefix = tablePrefix == null ? "" : tablePrefix;
    if (!PREFIX.matcher(tablePrefix).matches()) {
      throw new IllegalArgumentException(
          "tablePrefix must be at most 100 letters, digits, '_', '.' or '-'");
    }
  }

  /** Settings for the real DynamoDB endpoint of {@code region}, without a table prefix. */
  public static DynamoDbSettings forRegion(String region) {
    return new DynamoDbSettings(region, Optional.empty(), "");
  }

  private static void requireHttpUrl(URI endpoint) {
    String scheme = endpoint.getScheme() == null ? "" : endpoint.getScheme().toLowerCase(Locale.ROOT);
    if (!(scheme.equals("http") || scheme.equals("https")) || endpoint.getHost() == null) {
      throw new IllegalArgumentException("endpointOverride must be an http(s) URL such as http://localhost:5000");
    }
  }
}
