package org.claimdesk.audit.log;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.interfaces.EdECPrivateKey;
import java.security.spec.EdECPrivateKeySpec;
import java.security.spec.NamedParameterSpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import org.jspecify.annotations.Nullable;

/**
 * An Ed25519 key of the C2SP signed-note format: a name, the 4-byte key id SHA-256(name || 0x0A ||
 * 0x01 || public key)[:4], and the verifier key text {@code name+hexid+base64(0x01 || public key)}.
 * Holds the private key only when it can sign.
 */
public final class NoteKey {

  static final byte ED25519 = 0x01;
  private static final byte[] X509_PREFIX = HexFormat.of().parseHex("302a300506032b6570032100");

  private final String name;
  private final byte[] publicKey;
  private final byte[] keyId;
  private final @Nullable byte[] seed;

  private NoteKey(String name, byte[] publicKey, @Nullable byte[] seed) {
    if (name.isEmpty() || name.chars().anyMatch(c -> c <= ' ' || c == '+')) {
      throw new IllegalArgumentException(
          "A key name must be non-empty, without spaces or '+': '" + name + "'");
    }
    if (publicKey.length != 32) {
      throw new IllegalArgumentException("An Ed25519 public key has 32 bytes");
    }
    this.name = name;
    this.publicKey = publicKey.clone();
    this.seed = seed == null ? null : seed.clone();
    MessageDigest sha = MerkleTree.sha256();
    sha.update(name.getBytes(StandardCharsets.UTF_8));
    sha.update((byte) '\n');
    sha.update(ED25519);
    sha.update(publicKey);
    this.keyId = Arrays.copyOf(sha.digest(), 4);
  }

  /** A new key pair from the JDK's Ed25519. */
  public static NoteKey generate(String name) {
    try {
      KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
      byte[] encoded = pair.getPublic().getEncoded();
      byte[] pub = Arrays.copyOfRange(encoded, encoded.length - 32, encoded.length);
      byte[] seed =
          ((EdECPrivateKey) pair.getPrivate())
              .getBytes()
              .orElseThrow(() -> new IllegalStateException("The JDK hid the Ed25519 key"));
      return new NoteKey(name, pub, seed);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("The JDK cannot make Ed25519 keys", e);
    }
  }

  /** Reads a verifier key: {@code name+hexid+base64(0x01 || public key)}. */
  public static NoteKey parseVerifier(String text) {
    String[] parts = text.strip().split("\\+", 3);
    if (parts.length != 3) {
      throw new IllegalArgumentException(
          "A public key reads name+keyid+base64, e.g. claimdesk.example/audit+1a2b3c4d+AQ...");
    }
    byte[] raw = decode(parts[2]);
    if (raw.length != 33 || raw[0] != ED25519) {
      throw new IllegalArgumentException("The public key is not an Ed25519 key (type 0x01)");
    }
    NoteKey key = new NoteKey(parts[0], Arrays.copyOfRange(raw, 1, 33), null);
    if (!key.keyIdHex().equalsIgnoreCase(parts[1])) {
      throw new IllegalArgumentException("The key id " + parts[1] + " does not match the key");
    }
    return key;
  }

  /**
   * Reads a signing key as written by {@link #privateText()} followed by its verifier key, one a
   * line.
   */
  public static NoteKey parsePrivate(String text) {
    String[] lines = text.strip().split("\\R");
    if (lines.length != 2 || !lines[0].startsWith("PRIVATE+KEY+")) {
      throw new IllegalArgumentException(
          "A signing key file has two lines: PRIVATE+KEY+name+keyid+base64 and the public key");
    }
    NoteKey verifier = parseVerifier(lines[1]);
    String[] parts = lines[0].substring("PRIVATE+KEY+".length()).split("\\+", 3);
    byte[] raw = parts.length == 3 ? decode(parts[2]) : new byte[0];
    if (raw.length != 33 || raw[0] != ED25519 || !parts[0].equals(verifier.name)) {
      throw new IllegalArgumentException("The signing key line is not an Ed25519 key of this name");
    }
    NoteKey key = new NoteKey(verifier.name, verifier.publicKey, Arrays.copyOfRange(raw, 1, 33));
    byte[] probe = "claimdesk key check".getBytes(StandardCharsets.UTF_8);
    if (!key.verify(probe, key.sign(probe))) {
      throw new IllegalArgumentException("The signing key does not belong to its public key");
    }
    return key;
  }

  private static byte[] decode(String base64) {
    try {
      return Base64.getDecoder().decode(base64);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("The key is not valid base64");
    }
  }

  public String name() {
    return name;
  }

  public byte[] keyId() {
    return keyId.clone();
  }

  public String keyIdHex() {
    return HexFormat.of().formatHex(keyId);
  }

  public boolean canSign() {
    return seed != null;
  }

  /** The verifier key, safe to publish: {@code name+hexid+base64(0x01 || public key)}. */
  public String verifierText() {
    return name + "+" + keyIdHex() + "+" + Base64.getEncoder().encodeToString(typed(publicKey));
  }

  /** The signing key followed by the verifier key, for a key file readable by its owner only. */
  public String privateText() {
    if (seed == null) {
      throw new IllegalStateException("This key cannot sign");
    }
    return "PRIVATE+KEY+"
        + name
        + "+"
        + keyIdHex()
        + "+"
        + Base64.getEncoder().encodeToString(typed(seed))
        + "\n"
        + verifierText()
        + "\n";
  }

  private static byte[] typed(byte[] key) {
    byte[] out = new byte[33];
    out[0] = ED25519;
    System.arraycopy(key, 0, out, 1, 32);
    return out;
  }

  public byte[] sign(byte[] message) {
    if (seed == null) {
      throw new IllegalStateException("This key cannot sign");
    }
    try {
      PrivateKey key =
          KeyFactory.getInstance("Ed25519")
              .generatePrivate(new EdECPrivateKeySpec(NamedParameterSpec.ED25519, seed));
      Signature signer = Signature.getInstance("Ed25519");
      signer.initSign(key);
      signer.update(message);
      return signer.sign();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Could not sign with Ed25519", e);
    }
  }

  public boolean verify(byte[] message, byte[] signature) {
    try {
      byte[] encoded = new byte[X509_PREFIX.length + 32];
      System.arraycopy(X509_PREFIX, 0, encoded, 0, X509_PREFIX.length);
      System.arraycopy(publicKey, 0, encoded, X509_PREFIX.length, 32);
      PublicKey key =
          KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(encoded));
      Signature verifier = Signature.getInstance("Ed25519");
      verifier.initVerify(key);
      verifier.update(message);
      return verifier.verify(signature);
    } catch (GeneralSecurityException e) {
      return false;
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof NoteKey k && k.name.equals(name) && Arrays.equals(k.publicKey, publicKey);
  }

  @Override
  public int hashCode() {
    return name.hashCode() * 31 + Arrays.hashCode(publicKey);
  }
}
