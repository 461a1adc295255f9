package org.claimdesk.nlp;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The documented JSON shape of an extraction, as plain maps and lists for any JSON writer: the
 * {@code extract} command prints it and the API's {@code POST /api/v1/extract} answers it.
 */
public final class ExtractionJson {

  private ExtractionJson() {}

  public static Map<String, Object> of(Extraction extraction) {
    Map<String, Object> document = new LinkedHashMap<>();
    document.put("language", extraction.language());
    document.put("publishedDate", text(extraction.publishedDate()));
    document.put("boilerplate", spans(extraction.boilerplate()));
    document.put("captions", spans(extraction.captions()));
    document.put("headings", spans(extraction.headings()));
    List<Object> credits = new ArrayList<>();
    for (WireCredit credit : extraction.wireCredits()) {
      Map<String, Object> c = new LinkedHashMap<>();
      c.put("agency", credit.agency());
      c.put("start", credit.start());
      c.put("end", credit.end());
      c.put("text", credit.text());
      credits.add(c);
    }
    document.put("wireCredits", credits);
    List<Object> items = new ArrayList<>();
    for (ExtractedItem item : extraction.items()) {
      Map<String, Object> i = new LinkedHashMap<>();
      i.put("id", item.id());
      i.put("text", item.text());
      i.put("claim", item.claim());
      i.put("sentence", item.sentence());
      i.put("start", item.start());
      i.put("end", item.end());
      Speaker speaker = item.speaker();
      if (speaker == null) {
        i.put("speaker", null);
      } else {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("name", speaker.name());
        s.put("role", speaker.role());
        s.put("mention", speaker.mention());
        s.put("start", speaker.start());
        s.put("end", speaker.end());
        s.put("kind", speaker.kind().name());
        s.put("via", speaker.via());
        i.put("speaker", s);
      }
      i.put("cue", item.cue());
      i.put("attribution", item.attribution().name());
      i.put("score", item.score());
      i.put("checkworthy", item.checkworthy());
      i.put("reasons", item.reasons());
      if (item.followUp() == null) {
        i.put("followUp", null);
      } else {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("reason", item.followUp().reason());
        f.put("suggestedDate", text(item.followUp().suggestedDate()));
        i.put("followUp", f);
      }
      List<Object> times = new ArrayList<>();
      for (TimeExpression time : item.times()) {
        Map<String, Object> t = new LinkedHashMap<>();
        t.put("text", time.text());
        t.put("start", time.start());
        t.put("end", time.end());
        t.put("date", text(time.date()));
        times.add(t);
      }
      i.put("times", times);
      items.add(i);
    }
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("document", document);
    root.put("items", items);
    return root;
  }

  private static List<Object> spans(List<MarkedSpan> spans) {
    List<Object> list = new ArrayList<>();
    for (MarkedSpan span : spans) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("start", span.start());
      m.put("end", span.end());
      m.put("text", span.text());
      m.put("reason", span.reason());
      list.add(m);
    }
    return list;
  }

  private static String text(Object value) {
    return value == null ? null : value.toString();
  }
}
