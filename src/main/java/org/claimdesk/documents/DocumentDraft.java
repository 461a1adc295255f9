package org.claimdesk.documents;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** What an editor submits to ingest a document. */
public record DocumentDraft(
    String title,
    @Nullable String outlet,
    @Nullable String url,
    @Nullable LocalDate publishedDate,
    String text) {}
