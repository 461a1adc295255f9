package org.claimdesk.users;

import org.claimdesk.support.IntegrationTest;

/** The sign-in throttle on the embedded H2 database. */
@IntegrationTest
class SignInThrottleH2Test extends SignInThrottleContract {}
