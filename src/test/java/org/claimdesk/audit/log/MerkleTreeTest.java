package org.claimdesk.audit.log;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The tree against the published RFC 6962/9162 test vectors of Certificate Transparency (as kept in
 * transparency-dev/merkle's proof tests): eight leaves, the roots of every size, and inclusion and
 * consistency proofs.
 */
class MerkleTreeTest {

  private static final HexFormat HEX = HexFormat.of();

  private static final String[] LEAVES = {
    "",
    "00",
    "10",
    "2021",
    "3031",
    "40414243",
    "5051525354555657",
    "606162636465666768696a6b6c6d6e6f"
  };

  private static final String[] ROOTS = {
    "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
    "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
    "aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77",
    "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
    "4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4",
    "76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef",
    "ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c",
    "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328"
  };

  /** {leaf index (0-based), tree size, proof...} */
  private static final String[][] INCLUSION = {
    {
      "0",
      "8",
      "96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
      "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
      "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4"
    },
    {
      "5",
      "8",
      "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b",
      "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0",
      "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7"
    },
    {"2", "3", "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125"},
    {
      "1",
      "5",
      "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
      "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
      "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b"
    }
  };

  /** {old size, new size, proof...} */
  private static final String[][] CONSISTENCY = {
    {
      "1",
      "8",
      "96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
      "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
      "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4"
    },
    {
      "6",
      "8",
      "0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a",
      "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0",
      "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7"
    },
    {
      "2",
      "5",
      "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
      "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b"
    },
    {
      "6",
      "7",
      "0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a",
      "b08693ec2e721597130641e8211e7eedccb4c26413963eee6c1e2ed16ffb1a5f",
      "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7"
    }
  };

  private static byte[] leaf(int i) {
    return MerkleTree.leafHash(HEX.parseHex(LEAVES[i]));
  }

  private static TreeBuilder tree(int size, List<MerkleTree.Range> wanted) {
    TreeBuilder tree = new TreeBuilder().want(wanted);
    for (int i = 0; i < size; i++) {
      tree.appendLeafHash(leaf(i));
    }
    return tree;
  }

  private static List<String> hex(List<byte[]> hashes) {
    return hashes.stream().map(HEX::formatHex).toList();
  }

  @Test
  void roots_of_every_size_match_the_published_ones() {
    for (int size = 1; size <= 8; size++) {
      assertThat(HEX.formatHex(tree(size, List.of()).root())).isEqualTo(ROOTS[size - 1]);
    }
    assertThat(HEX.formatHex(new TreeBuilder().root()))
        .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  }

  @Test
  void inclusion_proofs_match_the_published_ones_and_verify() {
    for (String[] v : INCLUSION) {
      int index = Integer.parseInt(v[0]);
      int size = Integer.parseInt(v[1]);
      List<String> expected = List.of(v).subList(2, v.length);
      List<MerkleTree.Range> ranges = MerkleTree.inclusionRanges(index, size);
      List<byte[]> proof = tree(size, ranges).hashes(ranges);
      assertThat(hex(proof)).as("proof of leaf %d in %d", index, size).isEqualTo(expected);
      byte[] root = HEX.parseHex(ROOTS[size - 1]);
      assertThat(MerkleTree.verifyInclusion(index, size, leaf(index), proof, root)).isTrue();
      assertThat(MerkleTree.verifyInclusion(index, size, leaf((index + 1) % 8), proof, root))
          .isFalse();
      assertThat(MerkleTree.verifyInclusion(index ^ 1, size, leaf(index), proof, root)).isFalse();
      assertThat(MerkleTree.verifyInclusion(index, size * 2, leaf(index), proof, root)).isFalse();
    }
  }

  @Test
  void consistency_proofs_match_the_published_ones_and_verify() {
    for (String[] v : CONSISTENCY) {
      int oldSize = Integer.parseInt(v[0]);
      int newSize = Integer.parseInt(v[1]);
      List<String> expected = List.of(v).subList(2, v.length);
      List<MerkleTree.Range> ranges = MerkleTree.consistencyRanges(oldSize, newSize);
      List<byte[]> proof = tree(newSize, ranges).hashes(ranges);
      assertThat(hex(proof)).as("proof %d to %d", oldSize, newSize).isEqualTo(expected);
      byte[] oldRoot = HEX.parseHex(ROOTS[oldSize - 1]);
      byte[] newRoot = HEX.parseHex(ROOTS[newSize - 1]);
      assertThat(MerkleTree.verifyConsistency(oldSize, newSize, oldRoot, newRoot, proof)).isTrue();
      assertThat(MerkleTree.verifyConsistency(oldSize, newSize, newRoot, oldRoot, proof)).isFalse();
      List<byte[]> flipped = new ArrayList<>(proof);
      byte[] first = flipped.getFirst().clone();
      first[0] ^= 16;
      flipped.set(0, first);
      assertThat(MerkleTree.verifyConsistency(oldSize, newSize, oldRoot, newRoot, flipped))
          .isFalse();
      assertThat(
              MerkleTree.verifyConsistency(
                  oldSize, newSize, oldRoot, newRoot, proof.subList(0, proof.size() - 1)))
          .isFalse();
    }
  }

  @Test
  void every_proof_in_trees_up_to_70_leaves_verifies() {
    List<byte[]> leaves = new ArrayList<>();
    for (int i = 0; i < 70; i++) {
      leaves.add(MerkleTree.leafHash(("entry " + i).getBytes()));
    }
    for (int n = 1; n <= 70; n++) {
      List<MerkleTree.Range> all = new ArrayList<>();
      for (int m = 0; m < n; m++) {
        all.addAll(MerkleTree.inclusionRanges(m, n));
        all.addAll(MerkleTree.consistencyRanges(m, n));
      }
      TreeBuilder tree = new TreeBuilder().want(all);
      List<byte[]> roots = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        tree.appendLeafHash(leaves.get(i));
        roots.add(tree.root());
      }
      for (int m = 0; m < n; m++) {
        List<byte[]> path = tree.hashes(MerkleTree.inclusionRanges(m, n));
        assertThat(MerkleTree.verifyInclusion(m, n, leaves.get(m), path, tree.root())).isTrue();
        if (m > 0) {
          List<byte[]> proof = tree.hashes(MerkleTree.consistencyRanges(m, n));
          assertThat(MerkleTree.verifyConsistency(m, n, roots.get(m - 1), tree.root(), proof))
              .as("consistency %d to %d", m, n)
              .isTrue();
        }
      }
    }
  }

  @Test
  void a_range_rebuilt_from_its_perfect_neighbours_gives_the_same_root() {
    int n = 37;
    List<byte[]> leaves = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      leaves.add(MerkleTree.leafHash(("entry " + i).getBytes()));
    }
    for (int a = 0; a <= n; a++) {
      for (int b = a; b <= n; b++) {
        List<MerkleTree.Range> left = MerkleTree.perfectCover(0, a);
        List<MerkleTree.Range> right = MerkleTree.perfectCover(b, n);
        List<MerkleTree.Range> wanted = new ArrayList<>(left);
        wanted.addAll(right);
        TreeBuilder full = new TreeBuilder().want(wanted);
        leaves.forEach(full::appendLeafHash);
        TreeBuilder partial = new TreeBuilder();
        for (MerkleTree.Range r : left) {
          partial.appendSubtree(Long.numberOfTrailingZeros(r.size()), full.hash(r));
        }
        for (int i = a; i < b; i++) {
          partial.appendLeafHash(leaves.get(i));
        }
        for (MerkleTree.Range r : right) {
          partial.appendSubtree(Long.numberOfTrailingZeros(r.size()), full.hash(r));
        }
        assertThat(partial.root()).isEqualTo(full.root());
      }
    }
  }
}
