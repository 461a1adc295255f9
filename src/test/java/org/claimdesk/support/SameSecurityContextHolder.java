package org.claimdesk.support;

import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Each Spring context installs its own security-context holder (Vaadin's), and method security
 * reads the one of its own context. Before each test, the static holder that {@link SignedIn}
 * writes to is pointed at the holder of the test's context, so that several cached contexts (H2,
 * PostgreSQL, first start) can live side by side in one test run.
 */
public class SameSecurityContextHolder implements BeforeEachCallback {

  @Override
  public void beforeEach(ExtensionContext context) {
    SpringExtension.getApplicationContext(context)
        .getBeanProvider(SecurityContextHolderStrategy.class)
        .ifAvailable(SecurityContextHolder::setContextHolderStrategy);
  }
}
