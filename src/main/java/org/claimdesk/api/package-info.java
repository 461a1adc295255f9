/**
 * The REST API under {@code /api/v1}: thin controllers over the features' public services (which
 * decide every rule), Bearer-token authentication, problem documents and the OpenAPI description.
 */
@org.jspecify.annotations.NullMarked
package org.claimdesk.api;
