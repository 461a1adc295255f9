package org.claimdesk.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.claimdesk.claims.ClaimService;
import org.claimdesk.support.DeskScenario;
import org.claimdesk.support.SameSecurityContextHolder;
import org.claimdesk.support.SignedIn;
import org.claimdesk.ui.ErrorMessages;
import org.claimdesk.users.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The embedded database's disk fills up while the desk runs: saving says so in plain words, and
 * once space is freed the desk saves again without a restart.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.MOCK)
@ExtendWith(SameSecurityContextHolder.class)
class DiskFullTest {

  private static Path folder;
  private static boolean mounted;

  @DynamicPropertySource
  static void smallDisk(DynamicPropertyRegistry registry) throws IOException {
    folder = Files.createTempDirectory("claimdesk-small-disk");
    mounted = mount("-t", "tmpfs", "-o", "size=24m", "tmpfs", folder.toString());
    registry.add("claimdesk.data-dir", () -> folder.resolve("desk").toString());
    registry.add("claimdesk.admin-password", () -> "");
    registry.add("management.health.diskspace.path", () -> ".");
  }

  @AfterAll
  static void unmount() {
    if (mounted) {
      run("umount", "-l", folder.toString());
    }
  }

  @Autowired ClaimService claims;
  @Autowired ApplicationContext context;

  /** A real editor, created through the user service while there is room. */
  private String editor;

  @Test
  void a_full_disk_is_reported_and_the_desk_recovers_when_space_is_back() throws Exception {
    assumeTrue(mounted, "cannot mount a small file system here");
    editor = new DeskScenario(context).people.editor();
    save(0);
    Path filler = folder.resolve("filler");
    fill(filler);

    // H2 writes its pages in the background about once a second, so a save can succeed in memory
    // for a moment after the disk filled: keep saving, a little at a time, until one is refused.
    String said = null;
    Instant giveUp = Instant.now().plusSeconds(60);
    for (int i = 1; said == null && Instant.now().isBefore(giveUp); i++) {
      try {
        save(i);
        Thread.sleep(50);
      } catch (RuntimeException e) {
        said = ErrorMessages.describe(e);
      }
    }
    assertThat(said).isEqualTo(DatabaseOutage.DISK_FULL);

    Files.delete(filler);
    Instant deadline = Instant.now().plusSeconds(60);
    RuntimeException last = null;
    while (Instant.now().isBefore(deadline)) {
      try {
        save(1000);
        last = null;
        break;
      } catch (RuntimeException e) {
        last = e;
        Thread.sleep(1000);
      }
    }
    assertThat(last).as("the desk saves again once there is room").isNull();
  }

  private void save(int i) {
    SignedIn.as(
        editor,
        Role.EDITOR,
        () -> claims.create(("Claim " + i + " ").repeat(300).strip(), "Someone", null));
  }

  private static void fill(Path filler) {
    byte[] block = new byte[1 << 16];
    try (OutputStream out = Files.newOutputStream(filler)) {
      while (true) {
        out.write(block);
      }
    } catch (IOException full) {
      // The disk is full.
    }
  }

  private static boolean mount(String... args) {
    String[] command = new String[args.length + 1];
    command[0] = "mount";
    System.arraycopy(args, 0, command, 1, args.length);
    return run(command);
  }

  private static boolean run(String... command) {
    try {
      Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
      p.getInputStream().readAllBytes();
      return p.waitFor() == 0;
    } catch (IOException | InterruptedException e) {
      return false;
    }
  }
}
