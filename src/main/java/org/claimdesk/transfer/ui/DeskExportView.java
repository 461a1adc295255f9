package org.claimdesk.transfer.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.claimdesk.transfer.DeskArchive;
import org.claimdesk.users.Roles;

/**
 * The admin's download of the full desk export (linked from the admin page): the same zip as the
 * {@code export-desk} command, streamed to the browser as it is written, and recorded in the audit
 * log. The running desk keeps working meanwhile; the export reads one consistent snapshot.
 */
@Route("admin/desk-export")
@PageTitle("Desk export · ClaimDesk")
@RolesAllowed(Roles.ADMIN)
public class DeskExportView extends VerticalLayout {

  /** What the download link runs; reachable from tests, which have no browser to click it. */
  final DownloadHandler download;

  final Anchor link;

  public DeskExportView(DeskArchive archive) {
    addClassName("desk-export-view");
    download =
        event -> {
          event.setFileName("claimdesk-desk-" + LocalDate.now(ZoneOffset.UTC) + ".zip");
          event.setContentType("application/zip");
          archive.export(event.getOutputStream(), "admin page");
        };
    Button button = new Button("Download the desk export");
    button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    button.setTabIndex(-1); // the link around it takes the focus
    link = new Anchor(download, "");
    link.setId("desk-export-download");
    link.getElement().setAttribute("download", true);
    link.add(button);
    add(
        new H2("Desk export"),
        new Paragraph(
            "Everything the desk holds (documents and their texts, claims, appearances, sources,"
                + " evidence, verdicts, follow-ups, assignments and accounts, without passwords) as"
                + " one zip of JSON Lines files with a manifest, to move the desk to another"
                + " installation. There, read it into an empty desk with: java -jar claimdesk.jar"
                + " import FILE.zip --format desk."),
        new Paragraph(
            "The zip holds personal data of the desk's people and sources: keep it as safe as"
                + " the desk. Each download is recorded in the audit log."),
        link);
  }
}
