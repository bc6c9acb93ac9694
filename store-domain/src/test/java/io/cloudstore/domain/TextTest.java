package io.cloudstore.domain;

import static io.cloudstore.domain.ValidationAssertions.validationFailureOf;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class TextTest {

  @Test
  void require_surroundingWhitespace_isTrimmed() {
    assertThat(Text.require("name", "  Camp mug \n", 1, 10)).isEqualTo("Camp mug");
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {"", "   ", "\t\n"})
  void require_missingOrBlank_refusedAsRequired(String raw) {
    ValidationException failure = validationFailureOf(() -> Text.require("name", raw, 1, 10));

    assertThat(failure.errors()).containsExactly(new FieldError("name", "is required"));
  }

  @Test
  void require_shorterThanAMinimumAboveOne_refusedWithTheMinimum() {
    ValidationException failure = validationFailureOf(() -> Text.require("code", "ab", 3, 10));

    assertThat(failure.errors()).containsExactly(new FieldError("code", "must be at least 3 characters"));
  }

  @Test
  void require_longerThanTheMaximum_refusedWithTheMaximum() {
    ValidationException failure = validationFailureOf(() -> Text.require("name", "abcdef", 1, 5));

    assertThat(failure.errors()).containsExactly(new FieldError("name", "must be at most 5 characters"));
  }

  @Test
  void require_exactlyTheMaximum_accepted() {
    assertThat(Text.require("name", "abcde", 1, 5)).isEqualTo("abcde");
  }

  @Test
  void require_charactersOutsideTheBasicPlane_countedAsOneCharacterEach() {
    String threeEmoji = "\uD83C\uDF75\uD83C\uDF75\uD83C\uDF75"; // six UTF-16 units, three characters

    assertThat(Text.require("name", threeEmoji, 1, 3)).isEqualTo(threeEmoji);
    assertThat(validationFailureOf(() -> Text.require("name", threeEmoji + "x", 1, 3)).errors())
        .containsExactly(new FieldError("name", "must be at most 3 characters"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"a\u0000b", "bell\u0007", "a\rb", "esc\u001B[2K", "del\u007F", "next\u0085line"})
  void require_controlCharacters_refused(String raw) {
    ValidationException failure = validationFailureOf(() -> Text.require("description", raw, 0, 100));

    assertThat(failure.errors())
        .containsExactly(new FieldError("description", "must not contain control characters"));
  }

  @Test
  void require_newlinesAndTabsInside_accepted() {
    assertThat(Text.require("description", "line one\nline\ttwo", 0, 100)).isEqualTo("line one\nline\ttwo");
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {"", "  "})
  void optional_missingOrBlank_becomesEmpty(String raw) {
    assertThat(Text.optional("line2", raw, 10)).isEmpty();
  }

  @Test
  void optional_present_isTrimmedAndCheckedLikeARequiredValue() {
    assertThat(Text.optional("line2", " Apt 2 ", 10)).isEqualTo("Apt 2");
    assertThat(validationFailureOf(() -> Text.optional("line2", "x".repeat(11), 10)).errors())
        .containsExactly(new FieldError("line2", "must be at most 10 characters"));
    assertThat(validationFailureOf(() -> Text.optional("line2", "a\u0000", 10)).errors())
        .containsExactly(new FieldError("line2", "must not contain control characters"));
  }
}
