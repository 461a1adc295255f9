package org.claimdesk.operations;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.VaadinService;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.claimdesk.shared.DeskTime;

/**
 * The admin page's backup section: when the last backup was taken and where, and a button to take
 * one now. Looks its service up itself so that the admin page adds it with {@code add(new
 * LastBackupPanel())}.
 */
public class LastBackupPanel extends Div {

  // Written as the desk writes times (ui.DeskFormat; the ui package depends on this one).
  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH);
  private final Paragraph status = new Paragraph();
  private final Button backupNow = new Button("Back up now");
  private @org.jspecify.annotations.Nullable BackupService backups;

  public LastBackupPanel() {
    this(null);
  }

  LastBackupPanel(@org.jspecify.annotations.Nullable BackupService backups) {
    this.backups = backups;
    addClassName("last-backup");
    status.setId("last-backup");
    backupNow.setId("backup-now");
    add(new H2("Backups"), status, backupNow);
    backupNow.addClickListener(click -> backupNow());
  }

  @Override
  protected void onAttach(AttachEvent event) {
    if (backups == null) {
      backups = VaadinService.getCurrent().getInstantiator().getOrCreate(BackupService.class);
    }
    refresh();
  }

  String shown() {
    return status.getText();
  }

  void refresh() {
    BackupService backups = service();
    status.setText(
        backups
            .lastBackup()
            .map(
                b ->
                    "Last backup: "
                        + WHEN.withZone(DeskTime.zone()).format(b.takenAt())
                        + ", "
                        + b.file()
                        + " ("
                        + (b.bytes() / 1024)
                        + " KB).")
            .orElse("No backup has been taken yet (backups go to " + backups.folder() + ")."));
  }

  private BackupService service() {
    if (backups == null) {
      throw new IllegalStateException("not attached");
    }
    return backups;
  }

  void backupNow() {
    try {
      BackupService.Backup taken = service().backupNow();
      Notification.show(
              "Backed up to " + taken.file() + ".", 5000, Notification.Position.BOTTOM_START)
          .addThemeVariants(NotificationVariant.SUCCESS);
    } catch (RuntimeException e) {
      String message = DatabaseOutage.describe(e);
      Notification.show(
              message != null ? message : "The backup failed: " + e.getMessage(),
              8000,
              Notification.Position.MIDDLE)
          .addThemeVariants(NotificationVariant.ERROR);
    }
    refresh();
  }
}
