/**
 * The assignment views: the Workload page, and the claim page's assignment section, exposed to the
 * desk's pages as the module's "ui" interface.
 */
@org.springframework.modulith.NamedInterface("ui")
package org.claimdesk.assignments.ui;
