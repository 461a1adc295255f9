package org.claimdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalAttributionCommandTest {
  @Test
  void scores_an_own_brat_fixture(@TempDir Path dir) throws Exception {
    Files.createDirectories(dir.resolve("attributions"));
    Files.createDirectories(dir.resolve("text"));
    String text =
        "The mayor said the bridge would reopen in May. Critics believe it will take longer.";
    Files.writeString(dir.resolve("text/town_2016-01-01_bridge.txt"), text);
    int source = text.indexOf("The mayor");
    int cue = text.indexOf("said");
    int content = text.indexOf("the bridge");
    int critics = text.indexOf("Critics");
    int believe = text.indexOf("believe");
    String ann =
        String.join(
            "\n",
            "T1\tSource " + source + " " + (source + 9) + "\tThe mayor",
            "T2\tCue " + cue + " " + (cue + 4) + "\tsaid",
            "T3\tContent "
                + content
                + " "
                + (text.indexOf("May") + 3)
                + "\tthe bridge would reopen in May",
            "E1\tAttribution:T2 Content:T3 Cue:T2 Source:T1",
            "T4\tSource " + critics + " " + (critics + 7) + "\tCritics",
            "T5\tCue " + believe + " " + (believe + 7) + "\tbelieve",
            "T6\tContent " + (believe + 8) + " " + (text.length() - 1) + "\tit will take longer",
            "E2\tAttribution:T5 Content:T6 Cue:T5 Source:T4",
            "");
    Files.writeString(dir.resolve("attributions/town_2016-01-01_bridge_ab12.ann"), ann);
    CommandRunner.Result result = CommandRunner.run("eval-attribution", dir.toString());
    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.out())
        .contains("documents: 1")
        .contains("content spans: precision 1.000 (1 of 1 found), recall 1.000 (1 of 1 annotated)")
        .contains("speaker spans: precision 1.000 (1 of 1 found), recall 1.000 (1 of 1 annotated)");
  }

  @Test
  void a_folder_without_data_is_a_failure(@TempDir Path dir) {
    CommandRunner.Result result =
        CommandRunner.run("eval-attribution", dir.resolve("missing").toString());
    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.err()).contains("no attributions/ and text/ folders");
    assertThat(CommandRunner.run("eval-attribution").exitCode()).isEqualTo(2);
  }
}
