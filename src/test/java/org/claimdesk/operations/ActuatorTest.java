package org.claimdesk.operations;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.EnumSet;
import org.claimdesk.support.IntegrationTest;
import org.claimdesk.support.SignedIn;
import org.claimdesk.users.NewUser;
import org.claimdesk.users.Role;
import org.claimdesk.users.UserService;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** Health for load balancers without a password; metrics for admins only. */
@IntegrationTest
class ActuatorTest {

  @Autowired WebApplicationContext context;
  @Autowired UserService users;
  MockMvc mvc;

  @BeforeEach
  void setUp() {
    mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    if (SignedIn.as("admin", Role.ADMIN, () -> users.findByUsername("ops-admin")).isPresent()) {
      return;
    }
    SignedIn.as(
        "admin",
        Role.ADMIN,
        () ->
            users.createUser(
                new NewUser(
                    "ops-admin",
                    "Ops",
                    "a long enough secret",
                    EnumSet.of(Role.ADMIN),
                    null,
                    null)));
    SignedIn.as(
        "admin",
        Role.ADMIN,
        () ->
            users.createUser(
                new NewUser(
                    "ops-editor",
                    "Ops",
                    "a long enough secret",
                    EnumSet.of(Role.EDITOR),
                    null,
                    null)));
  }

  @Test
  void health_and_its_liveness_and_readiness_groups_are_open_to_load_balancers() throws Exception {
    mvc.perform(get("/actuator/health"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("UP"));
    mvc.perform(get("/actuator/health/liveness"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("UP"));
    mvc.perform(get("/actuator/health/readiness"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("UP"))
        .andExpect(jsonPath("$.components").doesNotExist());
  }

  @Test
  void readiness_details_name_the_database_and_disk_for_an_admin() throws Exception {
    mvc.perform(
            get("/actuator/health/readiness").with(httpBasic("ops-admin", "a long enough secret")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.components.db.status").value("UP"))
        .andExpect(jsonPath("$.components.diskSpace.status").value("UP"));
  }

  @Test
  void metrics_need_an_admin_and_count_failed_sign_ins() throws Exception {
    mvc.perform(get("/actuator/prometheus")).andExpect(status().isUnauthorized());
    mvc.perform(get("/actuator/prometheus").with(httpBasic("ops-admin", "wrong password!!")))
        .andExpect(status().isUnauthorized());
    mvc.perform(get("/actuator/prometheus").with(httpBasic("ops-editor", "a long enough secret")))
        .andExpect(status().isForbidden());
    mvc.perform(get("/actuator/prometheus").with(httpBasic("ops-admin", "a long enough secret")))
        .andExpect(status().isOk())
        .andExpect(
            content()
                .string(
                    Matchers.allOf(
                        Matchers.containsString("claimdesk_signin_failures_total{"),
                        Matchers.containsString("reason=\"bad_credentials\""),
                        Matchers.containsString("claimdesk_claims{"),
                        Matchers.containsString("claimdesk_followups_overdue"))));
  }
}
