/**
 * The desk's working pages that bring several features together: the claim page, the document
 * reader with triage, and the dashboard. Nothing else depends on this package.
 */
@org.jspecify.annotations.NullMarked
package org.claimdesk.desk;
