package org.claimdesk.publishing.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.servlet.http.HttpServletRequest;
import java.util.function.Supplier;
import org.claimdesk.claims.ClaimFilter;
import org.claimdesk.publishing.ExportFormat;
import org.claimdesk.publishing.QueueExport;

/** Download links on the claim queue: the queue under its current filters as CSV or JSON Lines. */
public class QueueDownload extends HorizontalLayout {

  public QueueDownload(QueueExport export, Supplier<ClaimFilter> filter) {
    setId("queue-download");
    addClassName("queue-download");
    add(
        link(export, filter, ExportFormat.CSV, "Download CSV"),
        link(export, filter, ExportFormat.JSONL, "Download JSON Lines"));
  }

  private static Anchor link(
      QueueExport export, Supplier<ClaimFilter> filter, ExportFormat format, String text) {
    DownloadHandler handler =
        event -> {
          ClaimFilter current = filter.get();
          String base = base(event.getRequest());
          export.write(
              current,
              format,
              base,
              () -> {
                event.setFileName("claims." + format.extension());
                event.setContentType(format.contentType());
                return event.getOutputStream();
              });
        };
    Anchor anchor = new Anchor(handler, text);
    anchor.setId("queue-download-" + format.extension());
    anchor.getElement().setAttribute("download", true);
    return anchor;
  }

  private static String base(VaadinRequest request) {
    if (request instanceof VaadinServletRequest servlet) {
      HttpServletRequest http = servlet.getHttpServletRequest();
      String port =
          (http.getScheme().equals("https") && http.getServerPort() == 443)
                  || (http.getScheme().equals("http") && http.getServerPort() == 80)
              ? ""
              : ":" + http.getServerPort();
      return http.getScheme()
          + "://"
          + http.getServerName()
          + port
          + http.getContextPath()
          + "/claims/";
    }
    return "/claims/";
  }
}
