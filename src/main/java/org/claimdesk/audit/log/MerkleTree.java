package org.claimdesk.audit.log;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The Merkle tree of RFC 9162 section 2.1: leaf hash SHA-256(0x00 || entry), node hash SHA-256(0x01
 * || left || right), a tree of n leaves split at the largest power of two below n; inclusion and
 * consistency proofs (sections 2.1.3 and 2.1.4) and their verification.
 *
 * <p>Proofs are first worked out as the ranges of leaves whose subtree hashes they are made of;
 * {@link TreeBuilder} then supplies the hashes in one pass over the leaves.
 */
public final class MerkleTree {

  public static final int HASH_SIZE = 32;

  private MerkleTree() {}

  /** A subtree of leaves {@code [start, end)}. */
  public record Range(long start, long end) {
    public long size() {
      return end - start;
    }
  }

  public static byte[] leafHash(byte[] entry) {
    MessageDigest sha = sha256();
    sha.update((byte) 0);
    sha.update(entry);
    return sha.digest();
  }

  public static byte[] leafHash(String entry) {
    return leafHash(entry.getBytes(StandardCharsets.UTF_8));
  }

  public static byte[] nodeHash(byte[] left, byte[] right) {
    MessageDigest sha = sha256();
    sha.update((byte) 1);
    sha.update(left);
    sha.update(right);
    return sha.digest();
  }

  /** The hash of the empty tree: SHA-256 of nothing. */
  public static byte[] emptyRoot() {
    return sha256().digest();
  }

  static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("The JDK has no SHA-256", e);
    }
  }

  /** The largest power of two smaller than n (n > 1). */
  static long split(long n) {
    return Long.highestOneBit(n - 1);
  }

  /** The subtrees whose hashes make up PATH(m, D[n]), from the leaf's sibling up to the root. */
  public static List<Range> inclusionRanges(long leafIndex, long treeSize) {
    if (leafIndex < 0 || leafIndex >= treeSize) {
      throw new IllegalArgumentException(
          "Leaf " + leafIndex + " is not in a tree of " + treeSize + " leaves");
    }
    List<Range> out = new ArrayList<>();
    path(leafIndex, 0, treeSize, out);
    return out;
  }

  private static void path(long m, long start, long end, List<Range> out) {
    long n = end - start;
    if (n <= 1) {
      return;
    }
    long k = split(n);
    if (m < k) {
      path(m, start, start + k, out);
      out.add(new Range(start + k, end));
    } else {
      path(m - k, start + k, end, out);
      out.add(new Range(start, start + k));
    }
  }

  /** The subtrees whose hashes make up PROOF(m, D[n]) of RFC 9162 section 2.1.4.1. */
  public static List<Range> consistencyRanges(long oldSize, long newSize) {
    if (oldSize < 0 || oldSize > newSize) {
      throw new IllegalArgumentException(
          "No consistency proof from size " + oldSize + " to size " + newSize);
    }
    List<Range> out = new ArrayList<>();
    if (oldSize > 0 && oldSize < newSize) {
      subproof(oldSize, 0, newSize, true, out);
    }
    return out;
  }

  private static void subproof(long m, long start, long end, boolean whole, List<Range> out) {
    long n = end - start;
    if (m == n) {
      if (!whole) {
        out.add(new Range(start, end));
      }
      return;
    }
    long k = split(n);
    if (m <= k) {
      subproof(m, start, start + k, whole, out);
      out.add(new Range(start + k, end));
    } else {
      subproof(m - k, start + k, end, false, out);
      out.add(new Range(start, start + k));
    }
  }

  /**
   * Verifies an inclusion proof as RFC 9162 section 2.1.3.2 describes; true when the leaf is at
   * that index of the tree with that root.
   */
  public static boolean verifyInclusion(
      long leafIndex, long treeSize, byte[] leafHash, List<byte[]> proof, byte[] root) {
    if (leafIndex < 0 || leafIndex >= treeSize) {
      return false;
    }
    long fn = leafIndex;
    long sn = treeSize - 1;
    byte[] r = leafHash;
    for (byte[] p : proof) {
      if (sn == 0) {
        return false;
      }
      if ((fn & 1) == 1 || fn == sn) {
        r = nodeHash(p, r);
        if ((fn & 1) == 0) {
          while ((fn & 1) == 0 && fn != 0) {
            fn >>= 1;
            sn >>= 1;
          }
        }
      } else {
        r = nodeHash(r, p);
      }
      fn >>= 1;
      sn >>= 1;
    }
    return sn == 0 && Arrays.equals(r, root);
  }

  /**
   * Verifies a consistency proof as RFC 9162 section 2.1.4.2 describes: the tree of {@code newSize}
   * leaves with {@code newRoot} extends the one of {@code oldSize} leaves with {@code oldRoot}.
   */
  public static boolean verifyConsistency(
      long oldSize, long newSize, byte[] oldRoot, byte[] newRoot, List<byte[]> proof) {
    if (oldSize < 0 || oldSize > newSize) {
      return false;
    }
    if (oldSize == newSize) {
      return proof.isEmpty() && Arrays.equals(oldRoot, newRoot);
    }
    if (oldSize == 0) {
      return proof.isEmpty();
    }
    if (proof.isEmpty()) {
      return false;
    }
    List<byte[]> path = new ArrayList<>(proof);
    if (Long.bitCount(oldSize) == 1) {
      path.addFirst(oldRoot);
    }
    long fn = oldSize - 1;
    long sn = newSize - 1;
    while ((fn & 1) == 1) {
      fn >>= 1;
      sn >>= 1;
    }
    byte[] fr = path.getFirst();
    byte[] sr = path.getFirst();
    for (byte[] c : path.subList(1, path.size())) {
      if (sn == 0) {
        return false;
      }
      if ((fn & 1) == 1 || fn == sn) {
        fr = nodeHash(c, fr);
        sr = nodeHash(c, sr);
        if ((fn & 1) == 0) {
          while ((fn & 1) == 0 && fn != 0) {
            fn >>= 1;
            sn >>= 1;
          }
        }
      } else {
        sr = nodeHash(sr, c);
      }
      fn >>= 1;
      sn >>= 1;
    }
    return Arrays.equals(fr, oldRoot) && Arrays.equals(sr, newRoot) && sn == 0;
  }

  /**
   * The perfect subtrees that cover {@code [start, end)} in the tree: aligned blocks of a power of
   * two leaves, largest first. Leaves {@code [0, a)} and {@code [b, n)} of a tree are covered this
   * way in a range export.
   */
  public static List<Range> perfectCover(long start, long end) {
    List<Range> out = new ArrayList<>();
    long p = start;
    while (p < end) {
      long size = p == 0 ? Long.highestOneBit(end) : Long.lowestOneBit(p);
      while (p + size > end) {
        size >>= 1;
      }
      out.add(new Range(p, p + size));
      p += size;
    }
    return out;
  }
}
