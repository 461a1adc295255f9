package org.claimdesk.matching;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.time.Instant;
import java.util.Base64;

/**
 * A claim's statement embedding, stored once when the claim is made so matching never recomputes
 * it.
 */
@Entity
@Table(name = "claim_embedding")
class ClaimEmbedding {
  static final String MODEL = "all-MiniLM-L6-v2-q";

  @Id
  @Column(name = "claim_id")
  private long claimId;

  @Column(name = "model", nullable = false, length = 60)
  private String model = MODEL;

  @Column(name = "statement", nullable = false, length = 4000)
  private String statement = "";

  @Column(name = "vector", nullable = false, length = 2100)
  private String vector = "";

  @Column(name = "created_at", nullable = false)
  private Instant createdAt = Instant.now();

  protected ClaimEmbedding() {}

  ClaimEmbedding(long claimId, String statement, float[] vector) {
    this.claimId = claimId;
    this.statement = statement;
    this.vector = encode(vector);
  }

  /** The claim's statement changed: its embedding follows. */
  void replace(String statement, float[] vector) {
    this.statement = statement;
    this.vector = encode(vector);
    this.model = MODEL;
    this.createdAt = Instant.now();
  }

  long claimId() {
    return claimId;
  }

  String statement() {
    return statement;
  }

  float[] vector() {
    return decode(vector);
  }

  static String encode(float[] v) {
    ByteBuffer bytes = ByteBuffer.allocate(v.length * 4).order(ByteOrder.LITTLE_ENDIAN);
    bytes.asFloatBuffer().put(v);
    return Base64.getEncoder().encodeToString(bytes.array());
  }

  static float[] decode(String s) {
    ByteBuffer bytes =
        ByteBuffer.wrap(Base64.getDecoder().decode(s)).order(ByteOrder.LITTLE_ENDIAN);
    float[] v = new float[bytes.remaining() / 4];
    bytes.asFloatBuffer().get(v);
    return v;
  }
}
