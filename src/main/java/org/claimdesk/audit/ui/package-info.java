/**
 * The audit views: the Audit page, and the components other pages show (the claim page's audit
 * proof, the dashboard's audit status card), exposed to them as the module's "ui" interface.
 */
@org.springframework.modulith.NamedInterface("ui")
package org.claimdesk.audit.ui;
