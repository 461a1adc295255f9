package org.claimdesk.audit;

/** Lets the overhead benchmark time the same work with and without the audit log. */
public final class AuditCaptureSwitch {

  private AuditCaptureSwitch() {}

  public static void set(Object capture, boolean on) {
    ((EntityChangeCapture) capture).setCapturingForBenchmark(on);
  }

  public static Class<?> captureType() {
    return EntityChangeCapture.class;
  }
}
