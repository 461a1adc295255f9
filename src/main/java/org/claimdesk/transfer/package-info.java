/**
 * Moving data in and out of the desk in bulk: background import jobs (JSON Lines, CSV, a folder of
 * files, RSS/Atom feeds, ClaimReview, the desk export) with progress, cancel and re-runs that skip
 * what is already in; and the full desk export that another installation reads back.
 */
@org.jspecify.annotations.NullMarked
package org.claimdesk.transfer;
