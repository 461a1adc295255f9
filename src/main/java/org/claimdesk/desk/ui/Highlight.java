package org.claimdesk.desk.ui;

import com.vaadin.flow.component.HtmlContainer;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Paragraph;
import org.jspecify.annotations.Nullable;

/**
 * A highlighted passage ({@code <mark>}). Sentences are built from text nodes and this element,
 * never from an HTML string, so whatever a document contains is shown as text.
 */
@Tag("mark")
final class Highlight extends HtmlContainer {

  Highlight(String text) {
    setText(text);
  }

  /** The sentence with the item's text marked; the item alone when it is not in the sentence. */
  static Paragraph inSentence(@Nullable String sentence, String text) {
    Paragraph paragraph = new Paragraph();
    paragraph.addClassName("appearance-sentence");
    if (sentence == null || sentence.isBlank()) {
      paragraph.add(new Highlight(text));
      return paragraph;
    }
    int at = text.isEmpty() ? -1 : sentence.indexOf(text);
    if (at < 0) {
      // Edited since extraction: show the sentence, then the item on its own.
      paragraph.add(new Text(sentence + " "), new Text("Item: "), new Highlight(text));
      return paragraph;
    }
    if (at > 0) {
      paragraph.add(new Text(sentence.substring(0, at)));
    }
    paragraph.add(new Highlight(text));
    if (at + text.length() < sentence.length()) {
      paragraph.add(new Text(sentence.substring(at + text.length())));
    }
    return paragraph;
  }
}
