package org.claimdesk.transfer.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServletResponse;
import com.vaadin.flow.server.VaadinServletService;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.streams.DownloadEvent;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.claimdesk.claims.ClaimService;
import org.claimdesk.nlp.SpeakerKind;
import org.claimdesk.support.DeskScenario;
import org.claimdesk.support.SameSecurityContextHolder;
import org.claimdesk.support.SignedIn;
import org.claimdesk.users.Role;
import org.claimdesk.users.ui.AdminView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The admin's download of the desk export: the admin page links to it, the download is a zip whose
 * manifest counts what it holds (the claim just made among the claims), it is recorded in the audit
 * log, and nobody but an admin reaches it.
 */
@SpringBootTest
@ActiveProfiles("test")
@ExtendWith(SameSecurityContextHolder.class)
class DeskExportViewTest extends SpringBrowserlessTest {

  @Autowired ApplicationContext context;
  @Autowired ClaimService claims;
  @Autowired JdbcClient jdbc;

  @AfterEach
  void signOut() {
    SignedIn.end();
  }

  @Test
  void an_admin_downloads_the_desk_export_and_the_download_is_audited() throws Exception {
    DeskScenario desk = new DeskScenario(context);
    String statement = "The desk export carries this claim " + System.nanoTime() + ".";
    SignedIn.as(
        desk.people.editor(),
        Role.EDITOR,
        () -> claims.create(statement, "Export Tester", SpeakerKind.PERSON));
    long claimsInDesk = jdbc.sql("select count(*) from claim").query(Long.class).single();
    long auditedBefore = downloadsAudited();

    SignedIn.begin(desk.people.admin(), Role.ADMIN);
    AdminView admin = navigate(AdminView.class);
    assertThat(
            find(com.vaadin.flow.component.html.Anchor.class).from(admin).all().stream()
                .map(a -> a.getHref()))
        .contains("admin/desk-export");
    DeskExportView page = navigate(DeskExportView.class);
    assertThat(page.link.getElement().hasAttribute("download")).isTrue();

    MockHttpServletResponse http = new MockHttpServletResponse();
    VaadinServletResponse response =
        new VaadinServletResponse(http, (VaadinServletService) VaadinService.getCurrent());
    page.download.handleDownloadRequest(
        new DownloadEvent(null, response, VaadinSession.getCurrent(), page.link.getElement()));

    Map<String, byte[]> files = unzip(http.getContentAsByteArray());
    assertThat(files)
        .containsKeys("manifest.json", "claims.jsonl", "documents.jsonl", "users.jsonl");
    JsonNode manifest = JsonMapper.builder().build().readTree(files.get("manifest.json"));
    assertThat(manifest.get("format").asString()).isEqualTo("claimdesk-desk-export");
    assertThat(manifest.get("files").get("claims.jsonl").get("rows").asLong())
        .isGreaterThanOrEqualTo(claimsInDesk);
    String claimLines = new String(files.get("claims.jsonl"), StandardCharsets.UTF_8);
    assertThat(claimLines.lines().count())
        .isEqualTo(manifest.get("files").get("claims.jsonl").get("rows").asLong());
    assertThat(claimLines).contains(statement);
    assertThat(new String(files.get("users.jsonl"), StandardCharsets.UTF_8))
        .contains(desk.people.admin())
        .doesNotContain("password_hash")
        .doesNotContain("{bcrypt}");
    assertThat(downloadsAudited()).isEqualTo(auditedBefore + 1);
  }

  @Test
  void nobody_but_an_admin_can_export_the_desk() throws Exception {
    DeskScenario desk = new DeskScenario(context);
    SignedIn.begin(desk.people.editor(), Role.EDITOR);
    assertThatThrownBy(() -> navigate(DeskExportView.class)).isNotNull();
    var archive = context.getBean(org.claimdesk.transfer.DeskArchive.class);
    assertThatThrownBy(() -> archive.export(new java.io.ByteArrayOutputStream(), "test"))
        .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
  }

  private long downloadsAudited() {
    return jdbc.sql(
            "select count(*) from audit_entry where change_type = 'DESK_EXPORTED'"
                + " and canonical_json like '%admin page%'")
        .query(Long.class)
        .single();
  }

  private static Map<String, byte[]> unzip(byte[] zip) throws Exception {
    Map<String, byte[]> files = new HashMap<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        files.put(e.getName(), in.readAllBytes());
      }
    }
    return files;
  }
}
