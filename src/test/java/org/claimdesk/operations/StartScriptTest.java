package org.claimdesk.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's start script, {@code bin/claimdesk}, on a small stand-in for the jar (the real one
 * takes minutes to train here; {@code bench.StartupBenchmark} runs that): the first start makes the
 * start-up cache and every start runs the application with its arguments, also when the cache is
 * damaged, and a training that fails falls back to the plain jar without being retried.
 */
class StartScriptTest {

  private static final Path SCRIPT = Path.of("bin", "claimdesk").toAbsolutePath();

  @TempDir Path dir;

  @Test
  void makes_the_cache_once_and_starts_with_it_also_when_it_is_damaged() throws Exception {
    Path jar = standIn(true);

    Result first = start(jar, "--server.port=9999");
    assertThat(first.status).isZero();
    assertThat(first.output).contains("started with [--server.port=9999]");
    assertThat(first.output).contains("preparing the start-up cache");
    List<Path> caches = files(dir.resolve("claimdesk-cache"), ".aot", ".jsa");
    assertThat(caches).as("the cache of this build").hasSize(1);

    Result second = start(jar, "--help");
    assertThat(second.output).contains("started with [--help]");
    assertThat(second.output).doesNotContain("preparing");

    Files.write(caches.get(0), "not a cache".getBytes(StandardCharsets.UTF_8));
    Result damaged = start(jar, "again");
    assertThat(damaged.status).isZero();
    assertThat(damaged.output).contains("started with [again]").doesNotContain("Exception");
  }

  @Test
  void starts_the_plain_jar_when_the_training_fails_and_does_not_train_again() throws Exception {
    Path jar = standIn(false);

    Result first = start(jar, "one");
    assertThat(first.status).isZero();
    assertThat(first.output).contains("started with [one]").contains("starting without it");

    Result second = start(jar, "two");
    assertThat(second.output).contains("started with [two]").doesNotContain("preparing");
  }

  private record Result(int status, String output) {}

  private Result start(Path jar, String argument) throws Exception {
    Path log = Files.createTempFile(dir, "start", ".log");
    ProcessBuilder builder =
        new ProcessBuilder("sh", SCRIPT.toString(), argument)
            .redirectErrorStream(true)
            .redirectOutput(log.toFile());
    builder
        .environment()
        .put("CLAIMDESK_JAVA", Path.of(System.getProperty("java.home"), "bin", "java").toString());
    builder.environment().put("CLAIMDESK_JAR", jar.toString());
    Process process = builder.start();
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("the start script finished").isTrue();
    return new Result(process.exitValue(), Files.readString(log));
  }

  /**
   * A jar that, like Spring Boot's, unpacks itself under {@code -Djarmode=tools ... extract} (into
   * {@code <destination>/claimdesk.jar}), or, when {@code unpacks} is false, pretends to and leaves
   * nothing; otherwise it prints its arguments.
   */
  private Path standIn(boolean unpacks) throws IOException {
    Path source = dir.resolve("src/StandIn.java");
    Files.createDirectories(source.getParent());
    Files.writeString(
        source,
        """
        import java.nio.file.*;
        public class StandIn {
          public static void main(String[] args) throws Exception {
            if ("tools".equals(System.getProperty("jarmode"))) {
              if (UNPACKS) {
                Path to = Path.of(args[2]);
                Files.createDirectories(to);
                Path self = Path.of(StandIn.class.getProtectionDomain().getCodeSource()
                    .getLocation().toURI());
                Files.copy(self, to.resolve("claimdesk.jar"));
              }
              return;
            }
            System.out.println("started with " + java.util.Arrays.toString(args));
          }
        }
        """
            .replace("UNPACKS", String.valueOf(unpacks)));
    Path classes = dir.resolve("classes");
    Files.createDirectories(classes);
    int compiled =
        ToolProvider.getSystemJavaCompiler()
            .run(null, null, null, "-d", classes.toString(), source.toString());
    assertThat(compiled).isZero();
    Path jar = dir.resolve("claimdesk.jar");
    Manifest manifest = new Manifest();
    manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
    manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, "StandIn");
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), manifest)) {
      out.putNextEntry(new JarEntry("StandIn.class"));
      out.write(Files.readAllBytes(classes.resolve("StandIn.class")));
      out.closeEntry();
    }
    return jar;
  }

  private static List<Path> files(Path root, String... endings) throws IOException {
    try (Stream<Path> all = Files.walk(root)) {
      return all.filter(
              p -> Stream.of(endings).anyMatch(e -> p.getFileName().toString().endsWith(e)))
          .toList();
    }
  }
}
