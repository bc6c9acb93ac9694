package io.cloudstore.application.port.out.persistence;

import io.cloudstore.domain.page.InvalidCursorException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Turns a storage adapter's position in a list into an opaque, tamper-evident cursor and back: the
 * position is signed with HMAC-SHA256, so a client can neither forge nor edit one. Instances that share a
 * store must share the key, so that a cursor from one is valid on the other.
 */
public final class PageCursorCodec {
  private static final String ALGORITHM = "HmacSHA256";
  private static final int TAG_BYTES = 16;
  private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
  private static final Base64.Decoder DECODER = Base64.getUrlDecoder();
  private static final int MAX_CURSOR_LENGTH = 2048;

  private final SecretKeySpec key;

  public PageCursorCodec(byte[] key) {
    if (key.length < 16) {
      throw new IllegalArgumentException("a cursor key needs at least 16 bytes");
    }
    this.key = new SecretKeySpec(key.clone(), ALGORITHM);
  }

  public String encode(String position) {
    byte[] payload = position.getBytes(StandardCharsets.UTF_8);
    return ENCODER.encodeToString(payload) + "." + ENCODER.encodeToString(tag(payload));
  }

  /**
   * @throws InvalidCursorException if the cursor is malformed or its signature does not match
   */
  public String decode(String cursor) {
    if (cursor == null || cursor.length() > MAX_CURSOR_LENGTH) {
      throw new InvalidCursorException();
    }
    int dot = cursor.indexOf('.');
    if (dot < 0) {
      throw new InvalidCursorException();
    }
    try {
      byte[] payload = DECODER.decode(cursor.substring(0, dot));
      byte[] tag = DECODER.decode(cursor.substring(dot + 1));
      if (!MessageDigest.isEqual(tag, tag(payload))) {
        throw new InvalidCursorException();
      }
      return new String(payload, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw new InvalidCursorException();
    }
  }

  private byte[] tag(byte[] payload) {
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(key);
      return Arrays.copyOf(mac.doFinal(payload), TAG_BYTES);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
    }
  }
}
