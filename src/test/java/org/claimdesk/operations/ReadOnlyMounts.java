package org.claimdesk.operations;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Read-only file systems for tests that run as root, who may write any file whatever its mode: only
 * a read-only mount refuses root. Each returns false where mounting is not allowed.
 */
final class ReadOnlyMounts {

  private ReadOnlyMounts() {}

  static boolean mountReadOnlyTmpfs(Path folder) {
    return run("mount", "-t", "tmpfs", "-o", "ro,size=1m", "tmpfs", folder.toString());
  }

  static boolean bindReadOnly(Path file) {
    return run("mount", "--bind", file.toString(), file.toString())
        && run("mount", "-o", "remount,ro,bind", file.toString());
  }

  static void unmount(Path path) {
    run("umount", path.toString());
  }

  private static boolean run(String... command) {
    try {
      Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
      p.getInputStream().readAllBytes();
      return p.waitFor(20, TimeUnit.SECONDS) && p.exitValue() == 0;
    } catch (Exception e) {
      return false;
    }
  }
}
