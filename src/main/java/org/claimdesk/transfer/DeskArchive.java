package org.claimdesk.transfer;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import javax.sql.DataSource;
import org.claimdesk.audit.SecurityEvent;
import org.claimdesk.audit.log.AuditStore;
import org.claimdesk.audit.log.PendingEntry;
import org.claimdesk.shared.CurrentUser;
import org.claimdesk.shared.UserFacingException;
import org.claimdesk.users.Roles;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The full desk export: every document, text, claim, item, source, evidence, verdict, follow-up,
 * assignment and user (without password hashes) as JSON Lines files in a zip with a manifest, row
 * by row with their ids, so that an empty desk that reads it back holds the same desk. The format
 * is described in docs/desk-export.md.
 */
@Component
public class DeskArchive {

  /** Raised when the format changes in a way an older reader would misread. */
  public static final int FORMAT_VERSION = 1;

  /** A table of the export, its file, its key for ordering, and its id sequence. */
  private record Part(
      String table, String file, String orderBy, @Nullable String sequence, int step) {}

  // In foreign-key order, so that reading them back in this order meets every reference.
  private static final List<Part> PARTS =
      List.of(
          new Part("document", "documents.jsonl", "id", "document_seq", 1),
          new Part("document_text", "document_texts.jsonl", "document_id", null, 0),
          new Part("claim", "claims.jsonl", "id", "claim_seq", 50),
          new Part("claim_item", "claim_items.jsonl", "id", "claim_item_seq", 50),
          new Part("source", "sources.jsonl", "id", "source_seq", 1),
          new Part("evidence", "evidence.jsonl", "id", "evidence_seq", 1),
          new Part("verdict", "verdicts.jsonl", "id", "verdict_seq", 1),
          new Part("follow_up", "follow_ups.jsonl", "id", "follow_up_seq", 1),
          new Part("assignment", "assignments.jsonl", "id", "assignment_seq", 50),
          new Part("imported_claim_review", "imported_claim_reviews.jsonl", "url", null, 0));

  private static final String USERS = "users.jsonl";
  private static final String MANIFEST = "manifest.json";

  private final DataSource dataSource;
  private final JsonMapper json = JsonMapper.builder().build();
  private final PasswordEncoder passwords =
      PasswordEncoderFactories.createDelegatingPasswordEncoder();

  DeskArchive(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** How many rows of each kind an export or import carried. */
  public record Counts(Map<String, Long> rows) {
    public String describe() {
      StringBuilder s = new StringBuilder();
      rows.forEach(
          (k, v) -> s.append(s.isEmpty() ? "" : ", ").append(String.format("%,d %s", v, k)));
      return s.toString();
    }
  }

  /**
   * Writes the whole desk to {@code zip} (written beside it first, then moved into place); recorded
   * in the audit log.
   */
  @PreAuthorize(Roles.IS_ADMIN)
  public Counts export(Path zip) {
    Path target = zip.toAbsolutePath();
    Counts counts;
    try {
      Path part = Files.createTempFile(target.getParent(), ".desk-export", ".part");
      try (OutputStream out = Files.newOutputStream(part)) {
        counts = export(out, "command line");
      } catch (IOException | RuntimeException e) {
        Files.deleteIfExists(part);
        throw e;
      }
      Files.move(part, target, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UserFacingException("Could not write " + target + ": " + e.getMessage());
    }
    return counts;
  }

  /**
   * Streams the whole desk as a zip to {@code stream} (left open), e.g. a download from the admin
   * pages; {@code via} (where it was asked for) goes into the audit log, where the export is
   * recorded before its first byte.
   */
  @PreAuthorize(Roles.IS_ADMIN)
  public Counts export(OutputStream stream, String via) throws IOException {
    audit(via);
    Map<String, Long> counts = new LinkedHashMap<>();
    ZipOutputStream out = new ZipOutputStream(new KeptOpen(stream));
    try (Connection c = dataSource.getConnection()) {
      c.setReadOnly(true);
      c.setAutoCommit(false);
      c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
      BufferedWriter writer =
          new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
      for (Part p : PARTS) {
        out.putNextEntry(new ZipEntry(p.file()));
        counts.put(
            p.table(),
            writeRows(
                c, "select * from " + p.table() + " order by " + p.orderBy(), writer, Map.of()));
        writer.flush();
        out.closeEntry();
      }
      out.putNextEntry(new ZipEntry(USERS));
      counts.put("app_user", writeUsers(c, writer));
      writer.flush();
      out.closeEntry();
      out.putNextEntry(new ZipEntry(MANIFEST));
      Map<String, Object> manifest = new LinkedHashMap<>();
      manifest.put("format", "claimdesk-desk-export");
      manifest.put("formatVersion", FORMAT_VERSION);
      manifest.put("createdAt", Instant.now().toString());
      Map<String, Object> files = new LinkedHashMap<>();
      for (Part p : PARTS) {
        files.put(p.file(), Map.of("table", p.table(), "rows", counts.get(p.table())));
      }
      files.put(USERS, Map.of("table", "app_user", "rows", counts.get("app_user")));
      manifest.put("files", files);
      writer.write(json.writerWithDefaultPrettyPrinter().writeValueAsString(manifest));
      writer.flush();
      out.closeEntry();
      out.finish();
      out.flush();
      c.rollback();
      c.setAutoCommit(true);
      c.setReadOnly(false);
    } catch (SQLException e) {
      throw new IllegalStateException("Reading the desk for the export failed", e);
    }
    return new Counts(counts);
  }

  /** Records the export in the audit log of the desk it reads, in a transaction of its own. */
  private void audit(String via) {
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try {
        AuditStore.append(
            c,
            List.of(
                PendingEntry.security(
                    CurrentUser.username().orElse("system"),
                    SecurityEvent.DESK_EXPORTED.name(),
                    null,
                    Map.<String, Object>of("via", via))));
        c.commit();
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      } finally {
        c.setAutoCommit(true);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Could not record the export in the audit log", e);
    }
  }

  /** The caller's stream, which closing the zip flushes but leaves open. */
  private static final class KeptOpen extends java.io.FilterOutputStream {
    KeptOpen(OutputStream stream) {
      super(stream);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }

  private long writeRows(Connection c, String sql, BufferedWriter writer, Map<String, Object> extra)
      throws SQLException, IOException {
    long n = 0;
    try (Statement s = c.createStatement()) {
      s.setFetchSize(500);
      try (ResultSet rs = s.executeQuery(sql)) {
        ResultSetMetaData meta = rs.getMetaData();
        while (rs.next()) {
          writer.write(json.writeValueAsString(row(rs, meta)));
          writer.write('\n');
          n++;
        }
      }
    }
    return n;
  }

  private long writeUsers(Connection c, BufferedWriter writer) throws SQLException, IOException {
    Map<Long, List<String>> roles = new TreeMap<>();
    try (Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery("select user_id, role from app_user_role order by user_id, role")) {
      while (rs.next()) {
        roles.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
      }
    }
    long n = 0;
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("select * from app_user order by username")) {
      ResultSetMetaData meta = rs.getMetaData();
      while (rs.next()) {
        Map<String, Object> row = row(rs, meta);
        row.remove("password_hash");
        row.put("roles", roles.getOrDefault(rs.getLong("id"), List.of()));
        writer.write(json.writeValueAsString(row));
        writer.write('\n');
        n++;
      }
    }
    return n;
  }

  private static Map<String, Object> row(ResultSet rs, ResultSetMetaData meta) throws SQLException {
    Map<String, Object> row = new TreeMap<>();
    for (int i = 1; i <= meta.getColumnCount(); i++) {
      String name = meta.getColumnLabel(i).toLowerCase(Locale.ROOT);
      row.put(name, value(rs, i, meta.getColumnType(i)));
    }
    return row;
  }

  private static @Nullable Object value(ResultSet rs, int i, int type) throws SQLException {
    Object v =
        switch (type) {
          case Types.DATE -> rs.getObject(i, LocalDate.class);
          case Types.TIMESTAMP, Types.TIMESTAMP_WITH_TIMEZONE -> {
            OffsetDateTime t = rs.getObject(i, OffsetDateTime.class);
            yield t == null ? null : t.withOffsetSameInstant(ZoneOffset.UTC).toInstant();
          }
          case Types.BIGINT, Types.INTEGER, Types.SMALLINT, Types.TINYINT -> {
            long l = rs.getLong(i);
            yield rs.wasNull() ? null : l;
          }
          case Types.DOUBLE, Types.FLOAT, Types.REAL, Types.NUMERIC, Types.DECIMAL -> {
            double d = rs.getDouble(i);
            yield rs.wasNull() ? null : d;
          }
          case Types.BOOLEAN, Types.BIT -> {
            boolean b = rs.getBoolean(i);
            yield rs.wasNull() ? null : b;
          }
          default -> rs.getString(i);
        };
    return v == null ? null : v instanceof LocalDate || v instanceof Instant ? v.toString() : v;
  }

  /**
   * Reads an export into this desk, which must hold no documents, claims or sources yet, in one
   * transaction: all of it or, on any problem, nothing. Accounts the desk already has (its first
   * admin) are kept; the others are created without a password, to be set by an admin.
   */
  @PreAuthorize(Roles.IS_ADMIN)
  public Counts importInto(Path zip) {
    Map<String, Long> counts = new LinkedHashMap<>();
    try (ZipFile file = new ZipFile(zip.toFile());
        Connection c = dataSource.getConnection()) {
      JsonNode manifest = readManifest(file);
      int version = manifest.path("formatVersion").asInt(-1);
      if (version != FORMAT_VERSION) {
        throw new UserFacingException(
            "This desk export has format version "
                + version
                + "; this ClaimDesk reads version "
                + FORMAT_VERSION
                + ".");
      }
      c.setAutoCommit(false);
      try {
        refuseUnlessEmpty(c);
        for (Part p : PARTS) {
          ZipEntry entry = file.getEntry(p.file());
          counts.put(p.table(), entry == null ? 0 : insertRows(c, p.table(), file, entry));
        }
        ZipEntry users = file.getEntry(USERS);
        counts.put("app_user", users == null ? 0 : insertUsers(c, file, users));
        for (Part p : PARTS) {
          if (p.sequence() != null) {
            moveSequencePast(c, p);
          }
        }
        c.commit();
      } catch (SQLException | RuntimeException | IOException e) {
        c.rollback();
        throw e;
      } finally {
        c.setAutoCommit(true);
      }
    } catch (SQLException e) {
      Throwable root = e.getNextException() != null ? e.getNextException() : e;
      while (root.getCause() != null && root.getCause() != root) {
        root = root.getCause();
      }
      throw new UserFacingException(
          "The desk export could not be stored, so nothing was imported: "
              + JsonLinesSource.firstLine(e.getMessage())
              + (root != e ? " (" + JsonLinesSource.firstLine(root.getMessage()) + ")" : ""));
    } catch (IOException e) {
      throw new UserFacingException(
          zip + " is not a readable desk export (zip): " + e.getMessage());
    }
    return new Counts(counts);
  }

  private JsonNode readManifest(ZipFile file) throws IOException {
    ZipEntry entry = file.getEntry(MANIFEST);
    if (entry == null) {
      throw new UserFacingException(
          "The zip has no manifest.json: it is not a ClaimDesk desk export.");
    }
    try (var in = file.getInputStream(entry)) {
      JsonNode manifest = json.readTree(in);
      if (!"claimdesk-desk-export".equals(manifest.path("format").asString(""))) {
        throw new UserFacingException("manifest.json does not describe a ClaimDesk desk export.");
      }
      return manifest;
    }
  }

  private static void refuseUnlessEmpty(Connection c) throws SQLException {
    for (String table : List.of("document", "claim", "source")) {
      try (Statement s = c.createStatement();
          ResultSet rs = s.executeQuery("select count(*) from " + table)) {
        rs.next();
        if (rs.getLong(1) > 0) {
          throw new UserFacingException(
              "This desk already holds "
                  + table
                  + "s: a desk export is read into an empty desk"
                  + " only. Start one on a new data folder (CLAIMDESK_DATA_DIR) or database.");
        }
      }
    }
  }

  private long insertRows(Connection c, String table, ZipFile file, ZipEntry entry)
      throws SQLException, IOException {
    Map<String, Integer> columns = columnTypes(c, table);
    long n = 0;
    List<String> names = null;
    PreparedStatement insert = null;
    try (BufferedReader in =
        new BufferedReader(
            new InputStreamReader(file.getInputStream(entry), StandardCharsets.UTF_8))) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode row = json.readTree(line);
        if (names == null) {
          names = new ArrayList<>();
          for (String name : columns.keySet()) {
            if (row.has(name)) {
              names.add(name);
            }
          }
          insert =
              c.prepareStatement(
                  "insert into "
                      + table
                      + " ("
                      + String.join(", ", names)
                      + ") values ("
                      + String.join(", ", java.util.Collections.nCopies(names.size(), "?"))
                      + ")");
        }
        for (int i = 0; i < names.size(); i++) {
          bind(insert, i + 1, columns.get(names.get(i)), row.get(names.get(i)));
        }
        insert.addBatch();
        if (++n % 200 == 0) {
          insert.executeBatch();
        }
      }
      if (insert != null) {
        insert.executeBatch();
      }
    } finally {
      if (insert != null) {
        insert.close();
      }
    }
    return n;
  }

  private long insertUsers(Connection c, ZipFile file, ZipEntry entry)
      throws SQLException, IOException {
    Map<String, Integer> columns = columnTypes(c, "app_user");
    long nextId;
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("select coalesce(max(id), 0) from app_user")) {
      rs.next();
      nextId = rs.getLong(1) + 1;
    }
    long n = 0;
    try (BufferedReader in =
        new BufferedReader(
            new InputStreamReader(file.getInputStream(entry), StandardCharsets.UTF_8))) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode row = json.readTree(line);
        String username = row.path("username").asString("");
        if (exists(c, username)) {
          continue;
        }
        long id = nextId++;
        List<String> names = new ArrayList<>();
        for (String name : columns.keySet()) {
          if (row.has(name) && !name.equals("id") && !name.equals("password_hash")) {
            names.add(name);
          }
        }
        try (PreparedStatement insert =
            c.prepareStatement(
                "insert into app_user (id, password_hash, "
                    + String.join(", ", names)
                    + ") values (?, ?"
                    + ", ?".repeat(names.size())
                    + ")")) {
          insert.setLong(1, id);
          insert.setString(2, passwords.encode(unguessable()));
          for (int i = 0; i < names.size(); i++) {
            bind(insert, i + 3, columns.get(names.get(i)), row.get(names.get(i)));
          }
          insert.executeUpdate();
        }
        try (PreparedStatement role =
            c.prepareStatement("insert into app_user_role (user_id, role) values (?, ?)")) {
          for (JsonNode r : row.path("roles")) {
            role.setLong(1, id);
            role.setString(2, r.asString());
            role.addBatch();
          }
          role.executeBatch();
        }
        n++;
      }
    }
    try (Statement s = c.createStatement()) {
      s.execute("alter sequence app_user_seq restart with " + (nextId + 1));
    }
    return n;
  }

  private static boolean exists(Connection c, String username) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement("select count(*) from app_user where lower(username) = lower(?)")) {
      s.setString(1, username);
      try (ResultSet rs = s.executeQuery()) {
        rs.next();
        return rs.getLong(1) > 0;
      }
    }
  }

  private static String unguessable() {
    byte[] secret = new byte[32];
    new SecureRandom().nextBytes(secret);
    return HexFormat.of().formatHex(secret);
  }

  private static void moveSequencePast(Connection c, Part p) throws SQLException {
    long max;
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("select coalesce(max(id), 0) from " + p.table())) {
      rs.next();
      max = rs.getLong(1);
    }
    // Hibernate's pooled ids take a block below the value it draws, so leave a block free.
    long next = max + 2L * Math.max(1, p.step()) + 1;
    try (Statement s = c.createStatement()) {
      s.execute("alter sequence " + p.sequence() + " restart with " + next);
    }
  }

  private static Map<String, Integer> columnTypes(Connection c, String table) throws SQLException {
    Map<String, Integer> types = new LinkedHashMap<>();
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("select * from " + table + " where 1 = 0")) {
      ResultSetMetaData meta = rs.getMetaData();
      for (int i = 1; i <= meta.getColumnCount(); i++) {
        types.put(meta.getColumnLabel(i).toLowerCase(Locale.ROOT), meta.getColumnType(i));
      }
    }
    return types;
  }

  private static void bind(PreparedStatement s, int index, int type, @Nullable JsonNode value)
      throws SQLException {
    if (value == null || value.isNull()) {
      s.setNull(index, type);
      return;
    }
    switch (type) {
      case Types.DATE -> s.setObject(index, LocalDate.parse(value.asString()));
      case Types.TIMESTAMP, Types.TIMESTAMP_WITH_TIMEZONE ->
          s.setObject(index, Instant.parse(value.asString()).atOffset(ZoneOffset.UTC));
      case Types.BIGINT -> s.setLong(index, value.asLong());
      case Types.INTEGER, Types.SMALLINT, Types.TINYINT -> s.setInt(index, value.asInt());
      case Types.DOUBLE, Types.FLOAT, Types.REAL, Types.NUMERIC, Types.DECIMAL ->
          s.setDouble(index, value.asDouble());
      case Types.BOOLEAN, Types.BIT -> s.setBoolean(index, value.asBoolean());
      default -> s.setString(index, value.asString());
    }
  }
}
