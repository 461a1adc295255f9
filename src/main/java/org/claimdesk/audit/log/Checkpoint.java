package org.claimdesk.audit.log;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

/**
 * A signed tree head in the C2SP tlog-checkpoint format: the origin line, the tree size in decimal
 * and the base64 root hash, each ending in a newline, as the text of a C2SP signed note whose
 * signature lines read {@code — <key name> base64(key id || Ed25519 signature)}.
 */
public record Checkpoint(String origin, long size, byte[] root) {

  private static final String DASH = "\u2014 ";

  public Checkpoint {
    if (origin.isBlank() || origin.contains("\n")) {
      throw new IllegalArgumentException("A checkpoint's origin is one non-empty line");
    }
    if (size < 0 || root.length != MerkleTree.HASH_SIZE) {
      throw new IllegalArgumentException("A checkpoint needs a size and a 32-byte root hash");
    }
    root = root.clone();
  }

  /** The note text that is signed. */
  public String body() {
    return origin + "\n" + size + "\n" + Base64.getEncoder().encodeToString(root) + "\n";
  }

  public String rootBase64() {
    return Base64.getEncoder().encodeToString(root);
  }

  /** The signed note: the body, an empty line and the key's signature line. */
  public String sign(NoteKey key) {
    byte[] text = body().getBytes(StandardCharsets.UTF_8);
    byte[] signature = key.sign(text);
    byte[] idAndSignature = new byte[4 + signature.length];
    System.arraycopy(key.keyId(), 0, idAndSignature, 0, 4);
    System.arraycopy(signature, 0, idAndSignature, 4, signature.length);
    return body()
        + "\n"
        + DASH
        + key.name()
        + " "
        + Base64.getEncoder().encodeToString(idAndSignature)
        + "\n";
  }

  /** Why a signed note was refused. */
  public static final class InvalidNote extends Exception {
    public InvalidNote(String message) {
      super(message);
    }
  }

  /**
   * Reads a signed checkpoint and checks it carries a valid signature by the key; other signatures
   * are ignored, as the signed-note format allows.
   */
  public static Checkpoint verify(String note, NoteKey key) throws InvalidNote {
    int split = note.lastIndexOf("\n\n");
    if (split < 0 || !note.endsWith("\n")) {
      throw new InvalidNote("it is not a signed note (no empty line before the signatures)");
    }
    String text = note.substring(0, split + 1);
    Checkpoint checkpoint = parseBody(text);
    List<String> keyIds = new ArrayList<>();
    boolean signed = false;
    for (String line : note.substring(split + 2).split("\n")) {
      if (!line.startsWith(DASH)) {
        throw new InvalidNote("a signature line does not start with '— '");
      }
      String[] parts = line.substring(DASH.length()).split(" ");
      if (parts.length != 2) {
        throw new InvalidNote("a signature line reads '— name signature'");
      }
      byte[] raw;
      try {
        raw = Base64.getDecoder().decode(parts[1]);
      } catch (IllegalArgumentException e) {
        throw new InvalidNote("a signature is not valid base64");
      }
      if (raw.length < 5) {
        throw new InvalidNote("a signature is too short");
      }
      byte[] id = Arrays.copyOf(raw, 4);
      keyIds.add(parts[0] + "+" + java.util.HexFormat.of().formatHex(id));
      if (parts[0].equals(key.name()) && Arrays.equals(id, key.keyId())) {
        if (!key.verify(
            text.getBytes(StandardCharsets.UTF_8), Arrays.copyOfRange(raw, 4, raw.length))) {
          throw new InvalidNote("the signature by " + key.name() + " is not valid");
        }
        signed = true;
      }
    }
    if (!signed) {
      throw new InvalidNote(
          "it is not signed by the key "
              + key.name()
              + "+"
              + key.keyIdHex()
              + " but by "
              + String.join(", ", keyIds));
    }
    return checkpoint;
  }

  /** The origin line of a note, without checking its signature. */
  public static String originOf(String note) {
    int end = note.indexOf('\n');
    return end < 0 ? note : note.substring(0, end);
  }

  static Checkpoint parseBody(String text) throws InvalidNote {
    String[] lines = text.split("\n", -1);
    if (lines.length < 4) {
      throw new InvalidNote("a checkpoint has an origin, a tree size and a root hash line");
    }
    long size;
    try {
      if (!lines[1].matches("0|[1-9][0-9]{0,18}")) {
        throw new NumberFormatException();
      }
      size = Long.parseLong(lines[1]);
    } catch (NumberFormatException e) {
      throw new InvalidNote("the tree size '" + lines[1] + "' is not a decimal number");
    }
    byte[] root;
    try {
      root = Base64.getDecoder().decode(lines[2]);
    } catch (IllegalArgumentException e) {
      throw new InvalidNote("the root hash is not valid base64");
    }
    if (root.length != MerkleTree.HASH_SIZE || lines[0].isEmpty()) {
      throw new InvalidNote("the root hash is not 32 bytes or the origin is empty");
    }
    return new Checkpoint(lines[0], size, root);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Checkpoint c
        && c.origin.equals(origin)
        && c.size == size
        && Arrays.equals(c.root, root);
  }

  @Override
  public int hashCode() {
    return Long.hashCode(size) * 31 + Arrays.hashCode(root);
  }

  @Override
  public byte[] root() {
    return root.clone();
  }
}
