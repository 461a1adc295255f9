package org.claimdesk.users;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.zip.CRC32;

/**
 * The format of API token secrets: {@code cdk_}, 32 random bytes in base62 (43 characters) and a
 * 6-character base62 CRC-32 checksum, so that secret scanners can recognise a leaked token and a
 * mistyped one is refused without a database look-up.
 */
final class ApiTokenSecrets {

  static final String PREFIX = "cdk_";
  private static final int RANDOM_BYTES = 32;
  private static final int BODY_LENGTH = 43;
  private static final int CHECKSUM_LENGTH = 6;
  static final int LENGTH = PREFIX.length() + BODY_LENGTH + CHECKSUM_LENGTH;
  private static final String BASE62 =
      "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
  private static final SecureRandom RANDOM = new SecureRandom();

  private ApiTokenSecrets() {}

  static String newSecret() {
    byte[] bytes = new byte[RANDOM_BYTES];
    RANDOM.nextBytes(bytes);
    String body = base62(new BigInteger(1, bytes), BODY_LENGTH);
    return PREFIX + body + checksum(body);
  }

  /** Whether the text has the shape of a token and its checksum matches. */
  static boolean isWellFormed(String secret) {
    if (secret.length() != LENGTH || !secret.startsWith(PREFIX)) {
      return false;
    }
    for (int i = PREFIX.length(); i < LENGTH; i++) {
      if (BASE62.indexOf(secret.charAt(i)) < 0) {
        return false;
      }
    }
    String body = secret.substring(PREFIX.length(), PREFIX.length() + BODY_LENGTH);
    return secret.endsWith(checksum(body));
  }

  static String hash(String secret) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(secret.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }

  static String hint(String secret) {
    return secret.substring(0, PREFIX.length() + 4) + "…";
  }

  private static String checksum(String body) {
    CRC32 crc = new CRC32();
    crc.update(body.getBytes(StandardCharsets.US_ASCII));
    return base62(BigInteger.valueOf(crc.getValue()), CHECKSUM_LENGTH);
  }

  private static String base62(BigInteger value, int length) {
    StringBuilder out = new StringBuilder();
    BigInteger base = BigInteger.valueOf(62);
    BigInteger rest = value;
    while (rest.signum() > 0) {
      BigInteger[] qr = rest.divideAndRemainder(base);
      out.append(BASE62.charAt(qr[1].intValue()));
      rest = qr[0];
    }
    while (out.length() < length) {
      out.append('0');
    }
    return out.reverse().toString();
  }
}
