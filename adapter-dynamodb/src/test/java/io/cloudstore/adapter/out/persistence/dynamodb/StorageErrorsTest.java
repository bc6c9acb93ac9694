package io.cloudstore.adapter.out.persistence.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudstore.application.port.out.persistence.StorageUnavailableException;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.core.exception.ApiCallTimeoutException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;

class StorageErrorsTest {

  @Test
  void translate_noConnection_isStorageUnavailableWithoutTheSdkMessage() {
    SdkClientException refused = SdkClientException.create("Unable to execute HTTP request: Connection refused");

    RuntimeException translated = StorageErrors.translate("read a product", refused);

    assertThat(translated).isInstanceOf(StorageUnavailableException.class)
        .hasMessage("DynamoDB could not read a product")
        .hasCause(refused);
  }

  @Test
  void translate_timeout_isStorageUnavailable() {
    assertThat(StorageErrors.translate("x", ApiCallTimeoutException.create(10_000)))
        .isInstanceOf(StorageUnavailableException.class);
  }

  @Test
  void translate_serverErrorOrThrottlingOrMissingTable_isStorageUnavailable() {
    assertThat(StorageErrors.translate("x", serviceError(500, "InternalServerError")))
        .isInstanceOf(StorageUnavailableException.class);
    assertThat(StorageErrors.translate("x", serviceError(400, "ThrottlingException")))
        .isInstanceOf(StorageUnavailableException.class);
    ResourceNotFoundException noTable = ResourceNotFoundException.builder().statusCode(400).message("no table").build();
    assertThat(StorageErrors.translate("x", noTable))
        .isInstanceOf(StorageUnavailableException.class);
  }

  @Test
  void translate_requestDynamoDbCallsInvalid_isABugNotAnOutage() {
    assertThat(StorageErrors.translate("list products", serviceError(400, "ValidationException")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageNotContaining("detail from DynamoDB");
  }

  private static DynamoDbException serviceError(int status, String code) {
    return (DynamoDbException) DynamoDbException.builder()
        .statusCode(status)
        .message("detail from DynamoDB")
        .awsErrorDetails(AwsErrorDetails.builder().errorCode(code).errorMessage("detail from DynamoDB").build())
        .build();
  }
}
