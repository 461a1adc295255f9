/**
 * Claim matching: recognises a claim when it comes back (at ingest and on demand), explains each
 * match and keeps the editors' decisions on suggestions.
 */
@NullMarked
package org.claimdesk.matching;

import org.jspecify.annotations.NullMarked;
