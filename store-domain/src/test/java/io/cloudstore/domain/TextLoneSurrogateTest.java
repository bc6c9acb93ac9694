package io.cloudstore.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cloudstore.domain.user.Email;
import io.cloudstore.domain.user.PlainPassword;
import org.junit.jupiter.api.Test;

class TextLoneSurrogateTest {
  @Test
  void require_loneHighOrLowSurrogate_isRefusedNamingTheField() {
    assertThatThrownBy(() -> Text.require("name", "Ana \ud800", 1, 100))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
            .containsExactly(new FieldError("name", "must be valid Unicode text")));
    assertThatThrownBy(() -> Text.require("city", "\udc00x", 1, 100)).isInstanceOf(ValidationException.class);
  }

  @Test
  void require_pairedSurrogatesLikeEmoji_areAccepted() {
    assertThat(Text.require("name", "Ana \uD83D\uDE00", 1, 100)).isEqualTo("Ana \uD83D\uDE00");
  }

  @Test
  void hasLoneSurrogate_pairsOnlyAHighSurrogateFollowedByALowOne() {
    assertThat(Text.hasLoneSurrogate("\uD83D\uDE00 and \uD83D\uDE00")).isFalse();
    assertThat(Text.hasLoneSurrogate("\uD83D\uD83D\uDE00")).as("a high one before a pair").isTrue();
    assertThat(Text.hasLoneSurrogate("\uD83D\uDE00\uDE00")).as("a low one after a pair").isTrue();
    assertThat(Text.hasLoneSurrogate("\uDE00\uD83D")).as("low before high").isTrue();
    assertThat(Text.hasLoneSurrogate("ends with \uD83D")).isTrue();
  }

  @Test
  void require_controlCharacterAndLoneSurrogate_namesTheControlCharacter() {
    assertThatThrownBy(() -> Text.require("name", "\ud800 bell \u0007", 1, 100))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
            .containsExactly(new FieldError("name", "must not contain control characters")));
  }

  @Test
  void emailAndPassword_withLoneSurrogates_areRefused() {
    assertThatThrownBy(() -> new Email("a\ud800@example.com")).isInstanceOf(ValidationException.class);
    assertThatThrownBy(() -> new PlainPassword("password\ud800")).isInstanceOf(ValidationException.class);
  }
}
