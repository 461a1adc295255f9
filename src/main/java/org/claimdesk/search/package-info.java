/**
 * Full-text search over claims and documents (Hibernate Search): the English analysis, the
 * candidates the matcher ranks, the global search page and rebuilding the index.
 */
@org.jspecify.annotations.NullMarked
package org.claimdesk.search;
