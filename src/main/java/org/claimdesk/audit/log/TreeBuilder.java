package org.claimdesk.audit.log;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds the RFC 9162 tree hash in one pass over the leaves with memory for one hash per level (a
 * compact range), and keeps the hashes of the perfect subtrees asked for beforehand, from which
 * proofs are assembled.
 */
public final class TreeBuilder {

  private final List<byte[]> stack = new ArrayList<>();
  private final List<Integer> levels = new ArrayList<>();
  private final Set<Long> wanted = new HashSet<>();
  private final Map<Long, byte[]> kept = new HashMap<>();
  private long size;

  /** Size of the tree appended so far. */
  public long size() {
    return size;
  }

  /** Asks for the hashes needed by these ranges (each a node of the final tree). */
  public TreeBuilder want(List<MerkleTree.Range> ranges) {
    for (MerkleTree.Range r : ranges) {
      wantRange(r.start(), r.end());
    }
    return this;
  }

  private void wantRange(long start, long end) {
    long n = end - start;
    if (Long.bitCount(n) == 1 && start % n == 0) {
      wanted.add(key(Long.numberOfTrailingZeros(n), start / n));
    } else {
      long k = MerkleTree.split(n);
      wantRange(start, start + k);
      wantRange(start + k, end);
    }
  }

  public void appendLeafHash(byte[] leafHash) {
    push(0, leafHash, size);
    size++;
  }

  /** Appends a whole perfect subtree of 2^level leaves, aligned at the current size. */
  public void appendSubtree(int level, byte[] hash) {
    long leaves = 1L << level;
    if (size % leaves != 0) {
      throw new IllegalArgumentException(
          "A subtree of " + leaves + " leaves cannot start at " + size);
    }
    push(level, hash, size);
    size += leaves;
  }

  private void push(int level, byte[] hash, long start) {
    keep(level, start, hash);
    stack.add(hash);
    levels.add(level);
    long rightStart = start;
    while (levels.size() > 1 && levels.getLast().equals(levels.get(levels.size() - 2))) {
      byte[] right = stack.removeLast();
      int l = levels.removeLast();
      byte[] left = stack.removeLast();
      levels.removeLast();
      byte[] parent = MerkleTree.nodeHash(left, right);
      long parentStart = rightStart - (1L << l);
      keep(l + 1, parentStart, parent);
      rightStart = parentStart;
      stack.add(parent);
      levels.add(l + 1);
    }
  }

  private void keep(int level, long start, byte[] hash) {
    if (!wanted.isEmpty()) {
      long k = key(level, start >> level);
      if (wanted.contains(k)) {
        kept.put(k, hash);
      }
    }
  }

  private static long key(int level, long index) {
    return ((long) level << 56) | index;
  }

  /** The tree hash of everything appended so far. */
  public byte[] root() {
    if (stack.isEmpty()) {
      return MerkleTree.emptyRoot();
    }
    byte[] acc = stack.getLast();
    for (int i = stack.size() - 2; i >= 0; i--) {
      acc = MerkleTree.nodeHash(stack.get(i), acc);
    }
    return acc;
  }

  /**
   * The hash of a node of the tree, from the kept perfect subtrees; asked for with {@link #want}.
   */
  public byte[] hash(MerkleTree.Range range) {
    long n = range.size();
    if (Long.bitCount(n) == 1 && range.start() % n == 0) {
      byte[] h = kept.get(key(Long.numberOfTrailingZeros(n), range.start() / n));
      if (h == null) {
        throw new IllegalStateException("The hash of " + range + " was not asked for or not built");
      }
      return h;
    }
    long k = MerkleTree.split(n);
    return MerkleTree.nodeHash(
        hash(new MerkleTree.Range(range.start(), range.start() + k)),
        hash(new MerkleTree.Range(range.start() + k, range.end())));
  }

  public List<byte[]> hashes(List<MerkleTree.Range> ranges) {
    return ranges.stream().map(this::hash).toList();
  }
}
