package org.claimdesk.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.claimdesk.support.SameSecurityContextHolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * First start with CLAIMDESK_API_TOKEN_FILE: the first admin's token, readable by the owner only.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@ExtendWith(SameSecurityContextHolder.class)
class ApiTokenFileTest {

  private static final Path FILE;

  static {
    try {
      FILE = Files.createTempDirectory("claimdesk-provisioning").resolve("secrets/admin.token");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @LocalServerPort int port;

  @DynamicPropertySource
  static void tokenFile(DynamicPropertyRegistry registry) {
    registry.add("claimdesk.api.token-file", FILE::toString);
  }

  @Test
  void the_first_start_writes_a_working_admin_token_that_only_its_owner_can_read()
      throws IOException {
    assertThat(FILE).exists();
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(FILE)))
        .isEqualTo("rw-------");
    String token = Files.readString(FILE).strip();
    assertThat(token).startsWith("cdk_");

    var me = ApiClient.withToken(port, token).get("/api/v1/me");
    assertThat(me.status()).isEqualTo(200);
    assertThat(me.get("username").asString()).isEqualTo("admin");
    assertThat(me.get("roles").toString()).contains("ADMIN");
    // The script can go on to create the desk's people.
    SeedFlow.createUser(ApiClient.withToken(port, token), "scripted", "Scripted Editor", "EDITOR");
  }
}
