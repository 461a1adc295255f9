/**
 * Publishing the desk's verdicts: schema.org ClaimReview (one claim's, a DataFeed, the {@code
 * export-claimreview} command) and the claim queue as CSV and JSON Lines.
 */
@NullMarked
package org.claimdesk.publishing;

import org.jspecify.annotations.NullMarked;
