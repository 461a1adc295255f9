package org.claimdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The commands that open the desk's services (import, export-desk, reindex) and the ones that write
 * --out say what is wrong in one line, the same way, whatever went wrong.
 */
class DeskCommandsTest {

  @Test
  void export_desk_wants_a_new_zip_given_with_out(@TempDir Path dir) throws Exception {
    var missing = CommandRunner.run("export-desk");
    assertThat(missing.exitCode()).isEqualTo(2);
    assertThat(missing.err())
        .startsWith("export-desk: give the zip to write with --out FILE.zip. Usage: export-desk");

    Path existing = Files.writeString(dir.resolve("desk.zip"), "keep me");
    var refused = CommandRunner.run("export-desk", "--out", existing.toString());
    assertThat(refused.exitCode()).isEqualTo(1);
    assertThat(refused.err()).contains("already exists: choose another file.");
    assertThat(Files.readString(existing)).isEqualTo("keep me");
  }

  @Test
  void the_export_commands_want_out_and_no_other_argument() {
    for (String command : new String[] {"export-claimreview", "export-audit"}) {
      var missing = CommandRunner.run(command, "feed.json");
      assertThat(missing.exitCode()).as(command).isEqualTo(2);
      assertThat(missing.err())
          .as(command)
          .startsWith(command + ": give the file to write with --out. Usage: ");
    }
  }

  @Test
  void a_desk_that_cannot_be_opened_is_one_line_not_a_stack_trace(@TempDir Path dir)
      throws Exception {
    // The data folder is a file: the desk cannot keep its database there.
    Path notAFolder = Files.writeString(dir.resolve("data"), "a file");
    var failed = CommandRunner.run("reindex", "--data-dir", notAFolder.toString());
    assertThat(failed.exitCode()).isEqualTo(1);
    assertThat(failed.err())
        .startsWith("reindex: could not open the desk (")
        .contains("If it is running, rebuild the index from its admin page instead.")
        .doesNotContain("\tat ");
  }
}
