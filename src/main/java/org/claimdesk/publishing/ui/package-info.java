/**
 * Publishing's components for other features' pages: the claim page's ClaimReview buttons and the
 * queue's download links.
 */
@org.jspecify.annotations.NullMarked
@org.springframework.modulith.NamedInterface("ui")
package org.claimdesk.publishing.ui;
