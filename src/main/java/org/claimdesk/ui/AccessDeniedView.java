package org.claimdesk.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;

/**
 * What a signed-in person sees when their roles do not allow a page: the usual menu, a sentence
 * saying so, and a way back, instead of a bare "Could not navigate".
 */
@ParentLayout(MainLayout.class)
@PermitAll
public class AccessDeniedView extends VerticalLayout
    implements HasErrorParameter<AccessDeniedException> {

  public AccessDeniedView() {
    setId("access-denied");
    addClassName("access-denied");
    H2 title = new H2("You do not have access to this page");
    Paragraph why =
        new Paragraph(
            "Your roles do not allow this page. If you need it for your work, ask an admin to"
                + " give you the role.");
    Anchor back = new Anchor("", "Go back to the dashboard");
    back.setId("access-denied-back");
    add(title, why, back);
  }

  @Override
  public int setErrorParameter(
      BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
    return HttpServletResponse.SC_FORBIDDEN;
  }
}
