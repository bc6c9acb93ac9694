package io.cloudstore.domain.product;

import static io.cloudstore.domain.ValidationAssertions.invalidFieldsOf;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class ImageUrlTest {

  @ParameterizedTest
  @ValueSource(strings = {
    "https://cdn.example.com/products/mug.png",
    "http://example.com/mug.jpg",
    "HTTPS://EXAMPLE.COM/MUG.PNG",
    "https://example.com:8443/a/b.svg?size=large#top",
    "/images/mug.svg",
    "/x"
  })
  void imageUrl_httpOrHttpsWithAHostOrAPathOnThisServer_accepted(String url) {
    ImageUrl image = new ImageUrl(url);

    assertThat(image.value()).isEqualTo(url);
    assertThat(image.isPresent()).isTrue();
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {"", "   "})
  void imageUrl_missingOrBlank_meansNoImage(String url) {
    ImageUrl image = new ImageUrl(url);

    assertThat(image).isEqualTo(ImageUrl.NONE);
    assertThat(image.isPresent()).isFalse();
  }

  @Test
  void imageUrl_surroundingWhitespace_isTrimmed() {
    assertThat(new ImageUrl("  /images/mug.svg ").value()).isEqualTo("/images/mug.svg");
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "javascript:alert(1)",
    "JavaScript:alert(document.cookie)",
    "data:image/png;base64,iVBORw0KGgo=",
    "data:text/html,<script>alert(1)</script>",
    "vbscript:msgbox(1)",
    "//evil.example/mug.png",
    "ftp://example.com/mug.png",
    "file:///etc/passwd",
    "https:///no-host.png",
    "https:evil.example",
    "images/mug.png",
    "mug.png",
    "https://exa mple.com/mug.png",
    "/images/my mug.png",
    "/images/mug\t.png",
    "https://example.com/a\nb.png",
    "https:\\\\evil.example\\mug.png",
    "/\\evil.example/mug.png",
    "https://example.com/<script>"
  })
  void imageUrl_scriptDataProtocolRelativeWhitespaceOrBackslash_refusedNamingImageUrl(String url) {
    assertThat(invalidFieldsOf(() -> new ImageUrl(url))).containsExactly("imageUrl");
  }

  @Test
  void imageUrl_longerThan2048Characters_refused() {
    String longest = "/" + "a".repeat(ImageUrl.MAX_LENGTH - 1);

    assertThat(new ImageUrl(longest).value()).hasSize(ImageUrl.MAX_LENGTH);
    assertThat(invalidFieldsOf(() -> new ImageUrl(longest + "a"))).containsExactly("imageUrl");
  }
}
