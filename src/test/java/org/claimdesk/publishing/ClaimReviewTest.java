package org.claimdesk.publishing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.claimdesk.claims.ClaimStatus;
import org.claimdesk.support.DeskScenario;
import org.claimdesk.support.DeskScenario.ClaimAt;
import org.claimdesk.support.IntegrationTest;
import org.claimdesk.support.SignedIn;
import org.claimdesk.users.Role;
import org.claimdesk.verdicts.Rating;
import org.claimdesk.verdicts.VerdictService;
import org.claimdesk.verdicts.VerdictState;
import org.claimdesk.verdicts.VerdictSummary;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

@IntegrationTest
class ClaimReviewTest {

  private static final SchemaOrgVocabulary SCHEMA = new SchemaOrgVocabulary();

  @Autowired ApplicationContext context;
  @Autowired ClaimReviewService reviews;
  @Autowired VerdictService verdicts;

  /** Google's ClaimReview structured data: the required and recommended fields. */
  private static void hasTheFieldsAggregatorsRead(JsonNode review) {
    assertThat(review.get("@context").asString()).isEqualTo("https://schema.org");
    assertThat(review.get("@type").asString()).isEqualTo("ClaimReview");
    assertThat(review.path("claimReviewed").asString()).isNotBlank();
    assertThat(review.path("url").asString()).startsWith("https://");
    assertThat(review.path("author").path("name").asString()).isNotBlank();
    assertThat(review.path("datePublished").asString()).isNotBlank();
    JsonNode rating = review.path("reviewRating");
    assertThat(rating.path("alternateName").asString()).isNotBlank();
    assertThat(rating.path("ratingValue").asInt())
        .isBetween(rating.path("worstRating").asInt(), rating.path("bestRating").asInt());
    JsonNode claim = review.path("itemReviewed");
    assertThat(claim.path("@type").asString()).isEqualTo("Claim");
    assertThat(claim.path("author").path("name").asString()).isNotBlank();
  }

  @Test
  void the_claimreview_built_from_a_claim_with_appearances_conforms_to_schema_org() {
    ReviewFacts facts =
        new ReviewFacts(
            7,
            9,
            "The talks will be held in Geneva",
            "Wang Yi",
            "PERSON",
            "TRUE",
            "True",
            7,
            7,
            1,
            "Both governments confirmed the venue.",
            "https://factdesk.example.org/geneva",
            Instant.parse("2026-11-30T10:15:00Z"),
            null,
            List.of(
                new ReviewFacts.Appearance(
                    "Talks set for Geneva",
                    "Xinhua",
                    "https://news.example.com/a",
                    LocalDate.parse("2026-11-28")),
                new ReviewFacts.Appearance("Geneva again", null, null, null)));
    ObjectNode review =
        ClaimReviewJson.of(facts, new Organisation("Geneva Fact Desk", "https://factdesk.example"));
    assertThat(SCHEMA.problems(review)).isEmpty();
    hasTheFieldsAggregatorsRead(review);
    JsonNode claim = review.get("itemReviewed");
    assertThat(claim.get("author").get("@type").asString()).isEqualTo("Person");
    assertThat(claim.get("firstAppearance").get("url").asString())
        .isEqualTo("https://news.example.com/a");
    assertThat(claim.get("firstAppearance").get("datePublished").asString())
        .isEqualTo("2026-11-28");
    assertThat(claim.get("appearance")).hasSize(2);
    assertThat(review.has("dateModified")).isFalse();

    ReviewFacts anonymous =
        new ReviewFacts(
            8,
            10,
            "Sources say so",
            "officials",
            "ANONYMOUS_SOURCES",
            "UNPROVEN",
            "Unproven",
            1,
            7,
            1,
            "Nobody confirmed it.",
            null,
            Instant.now(),
            null,
            List.of());
    JsonNode unnamed = ClaimReviewJson.of(anonymous, new Organisation("Desk", null));
    assertThat(unnamed.get("itemReviewed").has("author")).isFalse();
    assertThat(SCHEMA.problems(unnamed)).isEmpty();
  }

  @Test
  void the_vocabulary_check_finds_a_property_on_the_wrong_type_and_an_unknown_type() {
    ObjectNode wrong = tools.jackson.databind.node.JsonNodeFactory.instance.objectNode();
    wrong.put("@type", "ClaimReview");
    wrong.putObject("reviewRating").put("@type", "Rating").put("claimReviewed", "x");
    wrong.putObject("itemReviewed").put("@type", "Claimm");
    wrong.putObject("author").put("@type", "Rating");
    assertThat(SCHEMA.problems(wrong))
        .anyMatch(p -> p.contains("claimReviewed: not a property of Rating"))
        .anyMatch(p -> p.contains("Claimm is not a schema.org type"))
        .anyMatch(p -> p.contains("a Rating where the property expects"));
  }

  @Test
  void a_published_and_then_corrected_verdict_has_its_claimreview_with_date_modified() {
    DeskScenario desk = new DeskScenario(context);
    ClaimAt approved = desk.claimIn(ClaimStatus.APPROVED);
    VerdictSummary v = desk.verdict(approved.claimId(), approved.verdictId());
    String url = "https://factdesk.example.org/checks/" + approved.claimId();
    SignedIn.as(
        desk.people.secondEditor(), Role.EDITOR, () -> verdicts.publish(v.id(), v.version(), url));

    ObjectNode published =
        SignedIn.as(
            desk.people.auditor(),
            Role.AUDITOR,
            () -> reviews.forClaim(approved.claimId()).orElseThrow());
    assertThat(SCHEMA.problems(published)).isEmpty();
    hasTheFieldsAggregatorsRead(published);
    assertThat(published.get("url").asString()).isEqualTo(url);
    assertThat(published.get("claimReviewed").asString())
        .isEqualTo(desk.claim(approved.claimId()).statement());
    assertThat(published.get("author").get("name").asString()).isEqualTo("Geneva Fact Desk");
    assertThat(published.get("author").get("url").asString())
        .isEqualTo("https://factdesk.example.org");
    JsonNode rating = published.get("reviewRating");
    assertThat(rating.get("alternateName").asString()).isEqualTo("Mostly false");
    // TRUE is the best: MOSTLY_FALSE is the fourth of the truth ratings.
    assertThat(rating.get("ratingValue").asInt()).isEqualTo(rating.get("bestRating").asInt() - 3);
    assertThat(rating.get("worstRating").asInt()).isEqualTo(1);
    assertThat(published.get("itemReviewed").get("author").get("@type").asString())
        .isEqualTo("Person");
    assertThat(published.get("itemReviewed").get("author").get("name").asString())
        .isEqualTo("A Minister");
    assertThat(published.has("dateModified")).isFalse();

    VerdictSummary inForce = desk.verdict(approved.claimId(), approved.verdictId());
    VerdictSummary correction =
        SignedIn.as(
            desk.people.editor(),
            Role.EDITOR,
            () ->
                verdicts.correct(
                    inForce.id(),
                    inForce.version(),
                    Rating.FALSE,
                    "It rose",
                    null,
                    "The ministry revised its figures."));
    VerdictSummary correctionApproved =
        SignedIn.as(
            desk.people.secondEditor(),
            Role.EDITOR,
            () -> verdicts.approve(correction.id(), correction.version()));
    SignedIn.as(
        desk.people.thirdEditor(),
        Role.EDITOR,
        () -> verdicts.publish(correctionApproved.id(), correctionApproved.version(), null));
    assertThat(desk.verdicts(approved.claimId(), VerdictState.SUPERSEDED)).hasSize(1);

    ObjectNode corrected =
        SignedIn.as(
            desk.people.auditor(),
            Role.AUDITOR,
            () -> reviews.forClaim(approved.claimId()).orElseThrow());
    assertThat(SCHEMA.problems(corrected)).isEmpty();
    hasTheFieldsAggregatorsRead(corrected);
    assertThat(corrected.get("reviewRating").get("alternateName").asString()).isEqualTo("False");
    assertThat(corrected.get("datePublished").asString())
        .isEqualTo(published.get("datePublished").asString());
    assertThat(Instant.parse(corrected.get("dateModified").asString()))
        .isAfterOrEqualTo(Instant.parse(published.get("datePublished").asString()));
    assertThat(corrected.get("url").asString())
        .as("the correction keeps the address")
        .isEqualTo(url);

    ObjectNode feed =
        SignedIn.as(
            desk.people.auditor(),
            Role.AUDITOR,
            () -> reviews.feed(Instant.parse(published.get("datePublished").asString())));
    assertThat(SCHEMA.problems(feed)).isEmpty();
    assertThat(feed.get("@type").asString()).isEqualTo("DataFeed");
    assertThat(feed.get("dataFeedElement").valueStream())
        .anyMatch(
            item ->
                item.get("item").get(0).get("url").asString().equals(url)
                    && item.get("item").get(0).has("dateModified"));
    ObjectNode later =
        SignedIn.as(
            desk.people.auditor(), Role.AUDITOR, () -> reviews.feed(Instant.now().plusSeconds(60)));
    assertThat(later.get("dataFeedElement")).isEmpty();
  }

  @Test
  void a_claim_without_a_published_verdict_has_no_claimreview() {
    DeskScenario desk = new DeskScenario(context);
    ClaimAt proposed = desk.claimIn(ClaimStatus.VERDICT_PROPOSED);
    assertThat(
            SignedIn.as(
                desk.people.auditor(), Role.AUDITOR, () -> reviews.forClaim(proposed.claimId())))
        .isEmpty();
  }
}
