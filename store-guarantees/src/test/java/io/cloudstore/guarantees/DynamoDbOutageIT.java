package io.cloudstore.guarantees;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudstore.adapter.out.faults.FaultPlan;
import io.cloudstore.guarantees.ShopperClient.Tolerance;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * DynamoDB goes away under load and comes back, without the shop being restarted. The test runs its own
 * moto server so that it can kill it in the middle of a randomized run; the clients go on against the dead
 * store, and every answer must be an expected one or a 503 problem, never a 500 or no answer. moto keeps everything in memory, so the server that comes back is
 * empty: until the tables exist again the shop answers 503 and reports DOWN; once an operator (here: the
 * test) has run {@code createMissingTables}, it serves again by itself and keeps every invariant on the new
 * data. (Real DynamoDB keeps its data through an outage; there the data that was stored is still checked by
 * the same invariants, see {@link DynamoDbInvariantsIT}.)
 */
class DynamoDbOutageIT {
  private static final int CLIENTS = 6;

  @Test
  void dynamoDbKilledUnderLoad_answers503Throughout_andRecoversWithoutRestart() {
    long seed = Seeds.seed();
    try (var moto = MotoServer.startOnFreePort();
        var shop = ShopUnderTest.onDynamoDb(moto.endpoint(), ShopUnderTest.uniquePrefix("outage"), FaultPlan.none(),
            ShopUnderTest.newSecret())) {
      Http http = shop.client();
      assertThat(http.get("/health", null).status()).as("health before the outage").isEqualTo(200);

      var underLoad = new RandomizedRun("dynamodb killed under load", seed, CLIENTS, Seeds.opsPerClient(60),
          Tolerance.STORAGE_LOST);
      var loadResult = underLoad.run(List.of(shop), () -> {
        await(underLoad.history().after(80));
        moto.kill();
      }, () -> {});
      int healthWhileDown = http.get("/health", null).status();
      Reply catalogWhileDown = http.get("/api/products", null);

      moto.start();
      int healthWhileEmpty = http.get("/health", null).status();
      Reply catalogWhileEmpty = http.get("/api/products", null);
      shop.dynamo().createMissingTables();
      int healthRecovered = http.get("/health", null).status();

      System.out.printf("outage[dynamodb]: %d operations under load, %d answered 503, %d answered another 5xx; "
          + "health down %d, restarted-empty %d, after creating the tables %d%n", loadResult.operations(),
          underLoad.answered(503), underLoad.answeredServerErrorsOtherThan503(), healthWhileDown, healthWhileEmpty,
          healthRecovered);
      RandomizedRun.assertNoViolations(loadResult);
      assertThat(underLoad.answered(503)).as("requests answered 503 while DynamoDB was down").isPositive();
      assertThat(healthWhileDown).as("health while DynamoDB is down").isEqualTo(503);
      assertThat(catalogWhileDown.status()).as("catalog while down: %s", catalogWhileDown.brief()).isEqualTo(503);
      assertThat(catalogWhileDown.isProblem()).as("catalog while down is problem details").isTrue();
      assertThat(healthWhileEmpty).as("health while the restarted DynamoDB has no tables").isEqualTo(503);
      assertThat(catalogWhileEmpty.status()).as("catalog without tables: %s", catalogWhileEmpty.brief())
          .isEqualTo(503);
      assertThat(healthRecovered).as("health once the tables exist again").isEqualTo(200);

      var afterRecovery = new RandomizedRun("dynamodb after the outage", seed + 1, CLIENTS, Seeds.opsPerClient(60),
          Tolerance.NONE).run(List.of(shop));
      RandomizedRun.assertNoViolations(afterRecovery);
    }
  }

  private static void await(CountDownLatch latch) {
    try {
      assertThat(latch.await(3, TimeUnit.MINUTES)).as("the load reached the planned point").isTrue();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }
}
