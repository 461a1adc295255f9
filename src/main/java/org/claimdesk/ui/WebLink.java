package org.claimdesk.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A document's or source's web address as a link that opens in a new tab without giving that page a
 * handle on ClaimDesk; only http and https addresses become links.
 */
public final class WebLink {

  private static final int SHOWN = 60;

  private WebLink() {}

  public static Optional<Anchor> of(@Nullable String address) {
    if (address == null || !isWeb(address)) {
      return Optional.empty();
    }
    String shown = address.length() > SHOWN ? address.substring(0, SHOWN - 1) + "…" : address;
    Anchor link = new Anchor(address, shown, AnchorTarget.BLANK);
    link.getElement().setAttribute("rel", "noopener noreferrer");
    link.getElement().setAttribute("title", address);
    link.addClassName("web-link");
    // Inside a clickable row, following the link must not also open the row.
    link.getElement().addEventListener("click", e -> {}).stopPropagation();
    return Optional.of(link);
  }

  static boolean isWeb(String address) {
    try {
      URI uri = new URI(address.strip());
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
    } catch (Exception e) {
      return false;
    }
  }
}
