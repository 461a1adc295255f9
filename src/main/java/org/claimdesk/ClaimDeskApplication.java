package org.claimdesk;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The ClaimDesk web application: Vaadin UI, services and persistence in one Spring context. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class ClaimDeskApplication {}
