package org.claimdesk.documents;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.hibernate.Session;
import org.hibernate.search.engine.backend.document.DocumentElement;
import org.hibernate.search.engine.backend.document.IndexFieldReference;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Highlightable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.orm.HibernateOrmExtension;
import org.hibernate.search.mapper.pojo.bridge.TypeBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.TypeBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.TypeBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.TypeBridgeWriteContext;

/**
 * Puts a document's title, outlet, dates and language beside its text in the search index. The
 * index's entry is the {@link DocumentText} (the text lives there); the rest is read from the
 * document's own row, which ingest writes first and never changes afterwards.
 */
public class DocumentSearchFields implements TypeBinder {

  @Override
  public void bind(TypeBindingContext context) {
    // Nothing of DocumentText but its id is read, and a document never changes after ingest.
    context.dependencies().useRootOnly();
    var schema = context.indexSchemaElement();
    var title =
        schema
            .field(
                "title",
                f ->
                    f.asString()
                        .analyzer("english")
                        .projectable(Projectable.YES)
                        .highlightable(List.of(Highlightable.PLAIN, Highlightable.UNIFIED)))
            .toReference();
    var outlet =
        schema
            .field(
                "outlet", f -> f.asString().aggregable(Aggregable.YES).projectable(Projectable.YES))
            .toReference();
    var language =
        schema.field("language", f -> f.asString().projectable(Projectable.YES)).toReference();
    var published =
        schema
            .field(
                "publishedDate",
                f -> f.asLocalDate().projectable(Projectable.YES).sortable(Sortable.YES))
            .toReference();
    var ingested =
        schema
            .field(
                "ingestedAt",
                f -> f.asInstant().projectable(Projectable.YES).sortable(Sortable.YES))
            .toReference();
    context.bridge(DocumentText.class, new Bridge(title, outlet, language, published, ingested));
  }

  private record Bridge(
      IndexFieldReference<String> title,
      IndexFieldReference<String> outlet,
      IndexFieldReference<String> language,
      IndexFieldReference<LocalDate> published,
      IndexFieldReference<Instant> ingested)
      implements TypeBridge<DocumentText> {

    @Override
    public void write(DocumentElement target, DocumentText text, TypeBridgeWriteContext context) {
      Session session = context.extension(HibernateOrmExtension.get()).session();
      Document document = session.find(Document.class, text.getId());
      if (document == null) {
        return;
      }
      target.addValue(title, document.getTitle());
      target.addValue(outlet, document.getOutlet());
      target.addValue(language, document.getLanguage());
      target.addValue(published, document.getPublishedDate());
      target.addValue(ingested, document.getIngestedAt());
    }
  }
}
