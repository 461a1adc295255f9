/**
 * The matching components other pages show (the claim page's "seen before", suggestions and "find
 * similar claims"), exposed to them as the module's "ui" interface.
 */
@org.springframework.modulith.NamedInterface("ui")
package org.claimdesk.matching.ui;
