package org.claimdesk.evidence;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** What a person enters to describe a source. */
public record SourceDraft(
    SourceKind kind,
    String title,
    @Nullable String publisher,
    @Nullable String url,
    @Nullable LocalDate publishedDate,
    @Nullable String archivedUrl,
    @Nullable String notes) {}
