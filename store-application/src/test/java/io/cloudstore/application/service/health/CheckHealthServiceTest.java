package io.cloudstore.application.service.health;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.when;

import io.cloudstore.application.port.out.persistence.StorageHealth;
import io.cloudstore.application.port.out.persistence.StorageUnavailableException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

@ExtendWith(MockitoExtension.class)
class CheckHealthServiceTest {
  @Mock private StorageHealth storage;

  @Test
  void isStorageReachable_storageAnswers_isTrue() {
    when(storage.isReachable()).thenReturn(true);

    assertThat(new CheckHealthService(storage).isStorageReachable()).isTrue();
  }

  @Test
  void isStorageReachable_storageSaysNo_isFalse() {
    when(storage.isReachable()).thenReturn(false);

    assertThat(new CheckHealthService(storage).isStorageReachable()).isFalse();
  }

  @Test
  void isStorageReachable_storageThrows_isFalseInsteadOfFailing() {
    when(storage.isReachable()).thenThrow(new StorageUnavailableException("timed out", new RuntimeException()));

    assertThat(new CheckHealthService(storage).isStorageReachable()).isFalse();
  }
}
