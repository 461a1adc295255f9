/**
 * Running the desk: start-up checks that explain themselves, the data folder, waiting for the
 * database, outages while running, backups, health and metrics.
 */
@org.jspecify.annotations.NullMarked
package org.claimdesk.operations;
