package io.cloudstore.adapter.out.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cloudstore.domain.user.PasswordHash;
import io.cloudstore.domain.user.PlainPassword;
import org.junit.jupiter.api.Test;

class BcryptPasswordHasherTest {
  private final BcryptPasswordHasher hasher = new BcryptPasswordHasher(4);

  @Test
  void matches_passwordThatWasHashed_isTrue() {
    PasswordHash hash = hasher.hash(new PlainPassword("correct horse battery"));

    assertThat(hasher.matches("correct horse battery", hash)).isTrue();
  }

  @Test
  void matches_anotherPassword_isFalse() {
    PasswordHash hash = hasher.hash(new PlainPassword("correct horse battery"));

    assertThat(hasher.matches("correct horse battery!", hash)).isFalse();
    assertThat(hasher.matches("", hash)).isFalse();
  }

  @Test
  void matches_nonAsciiPassword_comparesItsUtf8Bytes() {
    PasswordHash hash = hasher.hash(new PlainPassword("pässwörd-ñ-密码"));

    assertThat(hasher.matches("pässwörd-ñ-密码", hash)).isTrue();
    assertThat(hasher.matches("passwörd-ñ-密码", hash)).isFalse();
  }

  @Test
  void matches_malformedHash_isFalseInsteadOfThrowing() {
    assertThat(hasher.matches("whatever1", new PasswordHash("not-a-bcrypt-hash"))).isFalse();
    assertThat(hasher.matches("whatever1", new PasswordHash("$2a$04$tooShort"))).isFalse();
    String costTooHigh = "$2a$99$abcdefghijklmnopqrstuvABCDEFGHIJKLMNOPQRSTUVWXYZ01234";
    assertThat(hasher.matches("whatever1", new PasswordHash(costTooHigh))).isFalse();
  }

  @Test
  void matches_passwordLongerThan72Bytes_isFalseEvenIfItsFirst72BytesMatch() {
    String seventyTwo = "a".repeat(72);
    PasswordHash hash = hasher.hash(new PlainPassword(seventyTwo));

    assertThat(hasher.matches(seventyTwo, hash)).isTrue();
    assertThat(hasher.matches(seventyTwo + "b", hash)).isFalse();
  }

  @Test
  void hash_samePasswordTwice_givesDifferentSaltedBcryptHashes() {
    PasswordHash first = hasher.hash(new PlainPassword("correct horse battery"));
    PasswordHash second = hasher.hash(new PlainPassword("correct horse battery"));

    assertThat(first.value()).matches("\\$2[ab]\\$04\\$.{53}");
    assertThat(second.value()).isNotEqualTo(first.value());
    assertThat(hasher.matches("correct horse battery", second)).isTrue();
  }

  @Test
  void matches_hashLabelled2bByAnotherLibrary_isAccepted() {
    String made = hasher.hash(new PlainPassword("correct horse battery")).value();
    PasswordHash as2b = new PasswordHash("$2b$" + made.substring(4));

    assertThat(hasher.matches("correct horse battery", as2b)).isTrue();
  }

  @Test
  void constructor_costOutsideTheSupportedRange_isRefused() {
    assertThatThrownBy(() -> new BcryptPasswordHasher(3)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new BcryptPasswordHasher(31)).isInstanceOf(IllegalArgumentException.class);
  }
}
