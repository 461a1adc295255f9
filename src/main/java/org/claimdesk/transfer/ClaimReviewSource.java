package org.claimdesk.transfer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.claimdesk.shared.UserFacingException;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * ClaimReview JSON: a schema.org DataFeed (each element a ClaimReview or holding them as {@code
 * item}), a list of ClaimReview objects, or one. Records are numbered in file order.
 */
final class ClaimReviewSource implements RecordSource {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final Path file;

  ClaimReviewSource(Path file) {
    this.file = file;
  }

  @Override
  public void read(Consumer<SourceRecord> sink) throws IOException {
    JsonNode root;
    try (InputStream in = Files.newInputStream(file)) {
      root = JSON.readTree(in);
    } catch (JacksonException e) {
      throw new UserFacingException(
          "The ClaimReview file is not valid JSON: "
              + JsonLinesSource.firstLine(e.getOriginalMessage()));
    }
    List<JsonNode> reviews = new ArrayList<>();
    collect(root, reviews);
    if (reviews.isEmpty()) {
      throw new UserFacingException(
          "No ClaimReview objects found: give a DataFeed, a list of ClaimReview objects or one.");
    }
    int n = 0;
    for (JsonNode review : reviews) {
      sink.accept(parse(++n, review));
    }
  }

  private static void collect(@Nullable JsonNode node, List<JsonNode> into) {
    if (node == null || node.isNull()) {
      return;
    }
    if (node.isArray()) {
      for (JsonNode element : node) {
        collect(element, into);
      }
      return;
    }
    if (!node.isObject()) {
      return;
    }
    String type = type(node);
    if ("ClaimReview".equals(type)) {
      into.add(node);
    } else if ("DataFeed".equals(type)) {
      collect(node.get("dataFeedElement"), into);
    } else if ("DataFeedItem".equals(type) || node.has("item")) {
      collect(node.get("item"), into);
    } else if (node.has("@graph")) {
      collect(node.get("@graph"), into);
    } else {
      into.add(node); // not a ClaimReview: reported as such with its number
    }
  }

  private static @Nullable String type(JsonNode node) {
    JsonNode t = node.get("@type");
    if (t == null) {
      return null;
    }
    if (t.isArray()) {
      for (JsonNode one : t) {
        if (one.isString() && one.stringValue().equals("ClaimReview")) {
          return "ClaimReview";
        }
      }
      return t.isEmpty() ? null : t.get(0).asString();
    }
    return t.asString();
  }

  private static SourceRecord parse(int n, JsonNode review) {
    if (!"ClaimReview".equals(type(review))) {
      return new SourceRecord.Broken(n, "not a ClaimReview object (@type " + type(review) + ")");
    }
    String url = text(review, "url");
    if (url == null) {
      return new SourceRecord.Broken(n, "no url: a ClaimReview needs the fact-check's address");
    }
    String claim = text(review, "claimReviewed");
    if (claim == null) {
      return new SourceRecord.Broken(n, "no claimReviewed");
    }
    JsonNode rating = review.get("reviewRating");
    String label = rating == null ? null : text(rating, "alternateName");
    if (label == null) {
      return new SourceRecord.Broken(n, "no reviewRating.alternateName (the rating's label)");
    }
    String publisher = name(review.get("author"));
    if (publisher == null) {
      return new SourceRecord.Broken(n, "no author (the publisher of the fact-check)");
    }
    JsonNode item = review.get("itemReviewed");
    String claimant = item == null ? null : name(item.get("author"));
    java.time.LocalDate date;
    try {
      date = Drafts.date(text(review, "datePublished"));
    } catch (DateTimeParseException e) {
      return new SourceRecord.Broken(n, "datePublished is not a date");
    }
    String summary = text(review, "reviewBody");
    if (summary == null) {
      summary = text(review, "description");
    }
    return new SourceRecord.Review(
        n, new ImportedReview(url, claim, claimant, label, publisher, date, summary));
  }

  private static @Nullable String name(@Nullable JsonNode who) {
    if (who == null || who.isNull()) {
      return null;
    }
    if (who.isArray()) {
      return who.isEmpty() ? null : name(who.get(0));
    }
    if (who.isString()) {
      return Drafts.blankToNull(who.stringValue());
    }
    return text(who, "name");
  }

  private static @Nullable String text(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v == null || v.isNull() || !v.isValueNode() ? null : Drafts.blankToNull(v.asString());
  }
}
