package org.claimdesk.audit.log;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/** The C2SP tlog-checkpoint body and signed-note signature line, and their verification. */
class CheckpointTest {

  private final NoteKey key = NoteKey.generate("claimdesk.example/audit");
  private final byte[] root = MerkleTree.leafHash("x".getBytes());

  @Test
  void a_checkpoint_is_origin_size_and_base64_root_then_a_signature_line() throws Exception {
    Checkpoint checkpoint = new Checkpoint("claimdesk.example/audit", 1234567, root);
    String note = checkpoint.sign(key);
    String[] lines = note.split("\n", -1);
    assertThat(lines[0]).isEqualTo("claimdesk.example/audit");
    assertThat(lines[1]).isEqualTo("1234567");
    assertThat(Base64.getDecoder().decode(lines[2])).isEqualTo(root);
    assertThat(lines[3]).isEmpty();
    assertThat(lines[4]).startsWith("\u2014 claimdesk.example/audit ");
    assertThat(lines[5]).isEmpty();
    byte[] signature = Base64.getDecoder().decode(lines[4].split(" ")[2]);
    assertThat(signature).hasSize(4 + 64);
    assertThat(Arrays.copyOf(signature, 4)).isEqualTo(key.keyId());
    assertThat(Checkpoint.verify(note, key)).isEqualTo(checkpoint);
  }

  @Test
  void the_key_id_is_the_signed_note_hash_of_name_type_and_key() throws Exception {
    NoteKey publicOnly = NoteKey.parseVerifier(key.verifierText());
    byte[] raw = Base64.getDecoder().decode(key.verifierText().split("\\+", 3)[2]);
    MessageDigest sha = MessageDigest.getInstance("SHA-256");
    sha.update("claimdesk.example/audit\n".getBytes(StandardCharsets.UTF_8));
    sha.update(raw); // 0x01 followed by the 32-byte Ed25519 key
    assertThat(publicOnly.keyId()).isEqualTo(Arrays.copyOf(sha.digest(), 4));
    assertThat(raw[0]).isEqualTo((byte) 1);
    assertThat(publicOnly.canSign()).isFalse();
    assertThat(NoteKey.parsePrivate(key.privateText())).isEqualTo(key);
  }

  @Test
  void a_changed_body_a_foreign_key_or_a_damaged_signature_is_refused() {
    String note = new Checkpoint("claimdesk.example/audit", 10, root).sign(key);
    assertThatThrownBy(() -> Checkpoint.verify(note.replace("\n10\n", "\n11\n"), key))
        .hasMessageContaining("not valid");
    NoteKey foreign = NoteKey.generate("claimdesk.example/audit");
    assertThatThrownBy(() -> Checkpoint.verify(note, foreign))
        .hasMessageContaining("not signed by the key");
    String damaged = note.substring(0, note.length() - 6) + "AAAA=\n";
    assertThatThrownBy(() -> Checkpoint.verify(damaged, key)).isInstanceOf(Exception.class);
    assertThatThrownBy(() -> Checkpoint.verify("claimdesk.example/audit\n10\n", key))
        .hasMessageContaining("not a signed note");
  }
}
