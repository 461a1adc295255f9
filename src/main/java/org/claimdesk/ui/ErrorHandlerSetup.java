package org.claimdesk.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/** Any error that a view did not handle becomes a plain-language notice, never a stack trace. */
@Component
class ErrorHandlerSetup implements VaadinServiceInitListener {

  @Override
  public void serviceInit(ServiceInitEvent event) {
    event
        .getSource()
        .addSessionInitListener(
            init ->
                init.getSession().setErrorHandler(error -> Notices.error(error.getThrowable())));
  }
}
