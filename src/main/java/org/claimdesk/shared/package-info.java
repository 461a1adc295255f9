/** Building blocks every feature shares: the entity base class and the error a person can read. */
@org.jspecify.annotations.NullMarked
package org.claimdesk.shared;
