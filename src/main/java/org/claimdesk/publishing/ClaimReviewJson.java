package org.claimdesk.publishing;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * schema.org ClaimReview JSON-LD for one published verdict, with the fields that fact-check
 * aggregators read, on the desk's own scale (not flattened to 0..1), and the Data Commons style
 * DataFeed of several. See docs/claimreview.md.
 */
public final class ClaimReviewJson {

  /** Google's recommendation: a longer {@code claimReviewed} is cut off in search results. */
  public static final int CLAIM_REVIEWED_RECOMMENDED_MAX = 75;

  private static final String CONTEXT = "https://schema.org";
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  private ClaimReviewJson() {}

  /** The ClaimReview of one published verdict. */
  public static ObjectNode of(ReviewFacts facts, Organisation organisation) {
    ObjectNode review = NODES.objectNode();
    review.put("@context", CONTEXT);
    review.put("@type", "ClaimReview");
    if (facts.reviewUrl() != null) {
      review.put("url", facts.reviewUrl());
    }
    review.put("claimReviewed", facts.statement());
    review.put("datePublished", instant(facts.datePublished()));
    if (facts.dateModified() != null) {
      review.put("dateModified", instant(facts.dateModified()));
    }
    ObjectNode author = review.putObject("author");
    author.put("@type", "Organization");
    author.put("name", organisation.name());
    if (organisation.url() != null) {
      author.put("url", organisation.url());
    }
    ObjectNode rating = review.putObject("reviewRating");
    rating.put("@type", "Rating");
    rating.put("ratingValue", facts.ratingValue());
    rating.put("bestRating", facts.bestRating());
    rating.put("worstRating", facts.worstRating());
    rating.put("alternateName", facts.ratingLabel());
    rating.put("ratingExplanation", facts.summary());
    review.set("itemReviewed", claim(facts));
    return review;
  }

  private static ObjectNode claim(ReviewFacts facts) {
    ObjectNode claim = NODES.objectNode();
    claim.put("@type", "Claim");
    String speakerType = speakerType(facts.claimantKind());
    if (speakerType != null && facts.claimantName() != null && !facts.claimantName().isBlank()) {
      ObjectNode author = claim.putObject("author");
      author.put("@type", speakerType);
      author.put("name", facts.claimantName());
    }
    List<ObjectNode> appearances = facts.appearances().stream().map(ClaimReviewJson::work).toList();
    if (!appearances.isEmpty()) {
      claim.set("firstAppearance", appearances.getFirst());
      ArrayNode all = claim.putArray("appearance");
      appearances.forEach(a -> all.add(a.deepCopy()));
      if (facts.appearances().getFirst().date() != null) {
        claim.put("datePublished", facts.appearances().getFirst().date().toString());
      }
    }
    return claim;
  }

  private static ObjectNode work(ReviewFacts.Appearance a) {
    ObjectNode work = NODES.objectNode();
    work.put("@type", "CreativeWork");
    if (a.url() != null) {
      work.put("url", a.url());
    }
    work.put("headline", a.title());
    if (a.date() != null) {
      work.put("datePublished", a.date().toString());
    }
    if (a.outlet() != null && !a.outlet().isBlank()) {
      ObjectNode publisher = work.putObject("publisher");
      publisher.put("@type", "Organization");
      publisher.put("name", a.outlet());
    }
    return work;
  }

  /** Person or Organization from the speaker; unnamed sources and reports have no author. */
  private static @Nullable String speakerType(@Nullable String kind) {
    if (kind == null) {
      return null;
    }
    return switch (kind) {
      case "PERSON" -> "Person";
      case "ORGANIZATION" -> "Organization";
      default -> null;
    };
  }

  /** A Data Commons style DataFeed: one DataFeedItem per ClaimReview, dated by its last change. */
  public static ObjectNode feed(List<ObjectNode> reviews, Organisation organisation, Instant now) {
    ObjectNode feed = NODES.objectNode();
    feed.put("@context", CONTEXT);
    feed.put("@type", "DataFeed");
    feed.put("name", "ClaimReview of " + organisation.name());
    feed.put("dateModified", instant(now));
    ArrayNode elements = feed.putArray("dataFeedElement");
    for (ObjectNode review : reviews) {
      elements.add(feedItem(review));
    }
    return feed;
  }

  /** One element of the feed, for writers that stream the feed. */
  public static ObjectNode feedItem(ObjectNode review) {
    ObjectNode item = NODES.objectNode();
    item.put("@type", "DataFeedItem");
    String changed =
        review.has("dateModified")
            ? review.get("dateModified").asString()
            : review.get("datePublished").asString();
    item.put("dateCreated", review.get("datePublished").asString());
    item.put("dateModified", changed);
    item.putArray("item").add(review);
    return item;
  }

  public static String write(ObjectNode node) {
    return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(node);
  }

  private static String instant(Instant instant) {
    return instant.truncatedTo(ChronoUnit.SECONDS).toString();
  }
}
