package org.claimdesk.nlp;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sorts the lines of a cleaned page into body paragraphs and everything that is not a claim: site
 * boilerplate, photo captions, headings and wire credits. All offsets are into the cleaned text.
 */
final class PageLayout {
  static final String AGENCIES = WordList.alternation(Lexicon.NEWS_AGENCIES);
  private static final Pattern COOKIE =
      Pattern.compile(
          "\\bcookies?\\b|privacy (?:policy|notice|settings)|terms of (?:use|service)|gdpr|consent"
              + " to",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern LANGUAGE_PICKER =
      Pattern.compile(
          "^(?:choose|select|change)(?: your)?"
              + " (?:language|edition|region)\\b|^(?:language|edition)s?:"
              + "|^(?:English|Español|Français|Deutsch|Русский|العربية|中文|Português|日本語)(?:\\s*[|/·•]\\s*\\S+){2,}",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern LICENCE =
      Pattern.compile(
          "许可证|备案|ICP|\\blicen[cs]e (?:no\\.?|number)|\\bregistration (?:no\\.?|number)|\\bpermit"
              + " no",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern HOTLINE =
      Pattern.compile(
          "(?:hotline|helpline|tip ?line|report line|call us|contact"
              + " us|phone|tel\\.?|e-?mail)\\s*:?.*\\d{3}",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern SHARE =
      Pattern.compile(
          "^(?:share(?: this(?: article| story)?| on| via)?|tweet|email|print|copy link|follow"
              + " us|subscribe|sign up|sign in|log in|newsletter|download (?:our|the) app|listen to"
              + " (?:this|the) article|advertisement|skip to (?:main"
              + " )?content|menu|home|search|comments?)\\b",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern RELATED =
      Pattern.compile(
          "^(?:related(?: articles?| stories| news| coverage)?|read more|more"
              + " (?:from|on|stories)|see also|you may also like|recommended(?: for you)?|most"
              + " (?:read|popular|viewed)|popular(?: posts| stories| news| articles)?|editor'?s picks?|trending|latest news|top stories)\\b",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern COPYRIGHT =
      Pattern.compile(
          "©|\\(c\\)\\s*\\d{4}|\\bcopyright\\b|all rights reserved", Pattern.CASE_INSENSITIVE);
  private static final Pattern BYLINE =
      Pattern.compile(
          "^[-–—]?\\s*\\(?\\s*(?:by|reporting by|additional reporting by|writing by|editing by|edited"
              + " by|compiled by|written by|reported by)\\s+[A-Z]",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern DATE_LINE =
      Pattern.compile(
          "^(?:(?:published|updated|posted|last updated|first published)\\s*(?:on|at)?:?\\s*)?"
              + "(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\\s*)?"
              + "[\\w ,.:/-]{0,40}\\d{4}[\\w ,.:/()+-]{0,30}$",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern CAPTION_CREDIT =
      Pattern.compile(
          "(?:/\\s*(?:VCG|IC|CFP|CNSPHOTO|"
              + AGENCIES
              + "|Getty Images|EPA(?:-EFE)?|Shutterstock|Xinhua|CGTN|[A-Z][\\w.]*(?: [A-Z][\\w.]*)?"
              + " via Getty Images)|\\((?:AP|Reuters|AFP|EPA|Getty"
              + " Images|Xinhua|Bloomberg)?[^()]{0,60}(?:Photo|Images?|Pictures?|Picture)[^()]{0,60}\\)|\\b(?:Photo|Picture|Image|Photograph)(?:"
              + " credit)?\\s*:\\s*[^.]{2,60}"
              // "REUTERS/Kevin Lamarque", "Photo by Jane Doe/Getty Images", "... Getty Images"
              + "|\\b(?:REUTERS|Reuters|AFP|AP|EPA|Xinhua|XINHUA|Getty Images)/[A-Z][\\w .'-]{1,40}"
              + "|\\b(?:Photo|Picture) by [A-Z][\\w .'-]{1,40}(?:/[A-Z][\\w .'-]{1,30})?"
              + "|\\s(?:Getty Images|AFP via Getty Images|Shutterstock))\\s*\\.?\\s*$");
  private static final Pattern CAPTION_START =
      Pattern.compile(
          "^(?:file photo|photo|picture|image|caption|pictured)\\s*[:|-]",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern WITH_INPUT =
      Pattern.compile(
          "^\\(?\\s*(?:with (?:additional )?(?:input|inputs|reporting|contributions?)"
              + " from|source:|sources:)\\s*([^)]+?)\\s*\\)?\\s*\\.?$",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern CONTRIBUTED =
      Pattern.compile(
          "^(?:The )?("
              + AGENCIES
              + ")(?: news agency)? contributed to this (?:report|story)\\.?$");
  private static final Pattern LONE_AGENCY =
      Pattern.compile("^[-–—(]*\\s*(" + AGENCIES + ")\\s*\\)?\\.?$", Pattern.CASE_INSENSITIVE);
  // "GENEVA, Nov 23 (Reuters) - ", "BEIJING, Nov. 23 (Xinhua) -- ", "(AP) —", "WASHINGTON (AFP) -".
  private static final Pattern DATELINE =
      Pattern.compile(
          "^(?:([A-Z][A-Za-z.'’ -]{1,40}?(?:,\\s*[A-Z][A-Za-z0-9.'’ -]{1,30}?)*)\\s*)?\\(("
              + AGENCIES
              + ")\\)\\s*[-–—]+\\s*");
  private static final Pattern NAMED_AGENCY =
      Pattern.compile(
          "\\b(?:news agency|press agency|newswires?|news service|wire service)\\b",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern AGENCY_NAME = Pattern.compile("\\b(" + AGENCIES + ")\\b");
  private static final Pattern TURN_LABEL =
      Pattern.compile("^([A-Z][\\w.'’-]*(?: (?:[A-Z][\\w.'’-]*|of|the|for|and))*)\\s*:$");
  private static final Pattern SPEAKER_TURN =
      Pattern.compile("^([A-Z][A-Z.'’ -]{1,40}[A-Z.]|Q|A|Question|Answer|Interviewer)\\s*:\\s+");

  // The capture's own date stamp (" date 2020-09-23") and a wire version tag ("(2nd LD)") open a
  // line whose rest is classified on its own.
  private static final Pattern LINE_PREFIX =
      Pattern.compile(
          "^(?:date \\d{4}-\\d{2}-\\d{2}\\b|\\((?:\\d+(?:st|nd|rd|th) )?(?:LD|LEAD|URGENT|UPDATE|"
              + "CORRECTED|REFILE|WRAPUP|ATTN|ADVISORY)[^()]{0,20}\\))\\s*");
  // A whole line in parentheses is an editor's note, a credit or a counter, not a statement:
  // "(More to come.)", "(People's Daily June 4, 2002)", "(Visited 12 times)".
  private static final Pattern PARENTHESISED_LINE = Pattern.compile("^\\([^()]{2,90}\\)\\.?$");
  // Credits and short links that close a paragraph: "(Reporting by ...; Editing by ...)".
  private static final Pattern TRAILING_NOTE =
      Pattern.compile(
          "\\s*\\((?:(?:additional )?reporting|writing|editing|edited|compiled|written|"
              + "translated|produced|graphics?)(?: by)?\\s[^()]{2,200}\\)\\s*$"
              + "|\\s*\\((?:https?://)?(?:[a-z0-9-]+\\.)+[a-z]{2,}/[^\\s()]*\\)\\s*$",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern END_CREDIT =
      Pattern.compile("^\\(END\\)\\s*([A-Z][\\w .&'-]{1,60})$");
  // "(UrduPoint News / Sputnik - 22nd February, 2020)": a republisher's dateline naming the agency.
  private static final Pattern SLASH_DATELINE =
      Pattern.compile(
          "^(?:[A-Z][A-Za-z.'’ -]{1,40}\\s*)?\\([^()/]{2,40}/\\s*("
              + AGENCIES
              + ")\\b[^()]{0,40}\\)\\s*[-–—]*\\s*",
          Pattern.CASE_INSENSITIVE);
  // "Reporting live from Cape Canaveral, Florida (CNN)." opening a paragraph.
  private static final Pattern REPORTING_FROM =
      Pattern.compile("^Reporting (?:live )?from [^.()]{2,60}\\([A-Z][A-Za-z]{1,10}\\)\\.?\\s*");
  // "..., writes Yonhap." in a piece that rewrites one agency's copy.
  private static final Pattern WRITES_AGENCY =
      Pattern.compile("\\bwrites (" + AGENCIES + ")\\s*\\.", Pattern.CASE_INSENSITIVE);
  private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+");
  private static final Pattern SIGN_OFF =
      Pattern.compile(
          "^(?:write to|contact|e-?mail|reach|follow)\\b.*@|^[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+\\.?$",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern WIDGET =
      Pattern.compile(
          "\\bclick here\\b|\\bstock charts?\\b|\\((?:NYSE|NASDAQ|Nasdaq|NYSEArca|AMEX|LSE|TSX|ASX|NSE|"
              + "BSE|HKEX|SGX|OTC|OTCQX|FRA|ETR)\\s*:\\s*[A-Z0-9.]{1,8}\\)$",
          Pattern.CASE_INSENSITIVE);
  // Comment forms, counters and site messages.
  private static final Pattern SITE_PROMPT =
      Pattern.compile(
          "^(?:leave a (?:reply|comment)|post a comment|add a comment|join the (?:discussion|conversation)"
              + "|be the first to comment|comments? (?:are|is) closed|connect with us|social media(?:"
              + " profiles?)?:?|follow us on\\b|(?:published|updated|posted|last updated)\\s*:?"
              + "|\\d+\\s+(?:comments?|views|shares|reads|responses))\\s*$"
              + "|your email address will not be published|required fields are marked"
              + "|you (?:may|might) (?:be missing content|need to enable)|enable javascript"
              + "|your browser does not support|download (?:our|the)(?: [\\w-]+){0,3} app\\b"
              + "|\\bsign up (?:for|to) (?:our|the)\\b.{0,40}\\bnewsletter|subscribe to (?:our|the)\\b"
              + "|^join (?:my|our|us on)\\b.{0,40}\\b(?:whatsapp|telegram|facebook|twitter|instagram|"
              + "youtube|group|page|channel)\\b|^previous (?:post|article)\\b|^next (?:post|article)\\b"
              + "|no recent results|^(?:most )?(?:commented|shared|viewed)$"
              + "|pic\\.twitter\\.com/|[—-] [^()]{1,40}\\(@\\w+\\)"
              + "|^[A-Z][\\w.'’-]+(?: [A-Z][\\w.'’-]+){0,3} is an? (?:[\\w-]+ ){0,3}(?:writer|reporter|"
              + "correspondent|editor|journalist|columnist|contributor|author)\\b",
          Pattern.CASE_INSENSITIVE);
  // "Sunday, May 26" or "May 26": a date line without a year.
  private static final Pattern SHORT_DATE_LINE =
      Pattern.compile(
          "^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|"
              + "sep|sept|oct|nov|dec)[a-z]*\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?(?:\\s+\\d{4})?$"
              + "|^(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\\s+\\d{1,2}\\s+[a-z]+(?:\\s+\\d{4})?$",
          Pattern.CASE_INSENSITIVE);

  final List<MarkedSpan> boilerplate = new ArrayList<>();
  final List<MarkedSpan> captions = new ArrayList<>();
  final List<MarkedSpan> headings = new ArrayList<>();
  final List<WireCredit> wireCredits = new ArrayList<>();
  final List<Paragraph> paragraphs = new ArrayList<>();
  LocalDate dateFound;

  /**
   * A body paragraph; {@code turnSpeaker} is set for a transcript line such as "JOHN SMITH: ...".
   */
  record Paragraph(int start, int end, String turnSpeaker, int turnStart, int turnEnd) {}

  private final String title;
  private final Set<String> repeated = new HashSet<>();
  private boolean sawTitle;
  private int[] labelledTurn;
  private int turnLines;

  PageLayout(String text, List<int[]> htmlHeadings, List<int[]> htmlCaptions, String title) {
    this.title = title == null ? null : title.strip();
    int n = text.length();
    Map<String, Integer> seen = new HashMap<>();
    for (String line : text.split("\n")) {
      String trimmed = line.strip();
      if (!trimmed.isEmpty() && trimmed.length() < 120) {
        seen.merge(trimmed, 1, Integer::sum);
      }
    }
    for (Map.Entry<String, Integer> entry : seen.entrySet()) {
      if (entry.getValue() > 1 && !endsLikeSentence(entry.getKey())) {
        repeated.add(entry.getKey());
      }
    }
    for (String line : text.split("\n")) {
      if (SPEAKER_TURN.matcher(line.strip()).find()) {
        turnLines++;
      }
    }
    int lineStart = 0;
    boolean inRelatedList = false;
    while (lineStart <= n) {
      int lineEnd = text.indexOf('\n', lineStart);
      if (lineEnd < 0) {
        lineEnd = n;
      }
      int s = lineStart;
      int e = lineEnd;
      while (s < e && Character.isWhitespace(text.charAt(s))) {
        s++;
      }
      while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
        e--;
      }
      Matcher prefix = LINE_PREFIX.matcher(text);
      while (s < e && prefix.region(s, e).lookingAt()) {
        int prefixEnd = s + text.substring(s, prefix.end()).stripTrailing().length();
        boilerplate.add(
            new MarkedSpan(
                s, prefixEnd, text.substring(s, prefixEnd), "capture date or version tag"));
        noteDate(text.substring(s, prefixEnd).replaceFirst("^date ", ""));
        s = prefix.end();
      }
      if (s < e) {
        inRelatedList = classify(text, s, e, htmlHeadings, htmlCaptions, inRelatedList);
      }
      lineStart = lineEnd + 1;
    }
    // Short lines after the last body paragraph are a signature or footer, not subheadings.
    int lastBody = paragraphs.isEmpty() ? -1 : paragraphs.get(paragraphs.size() - 1).end();
    for (int i = headings.size() - 1; i >= 0 && lastBody >= 0; i--) {
      MarkedSpan heading = headings.get(i);
      if (heading.start() > lastBody) {
        headings.remove(i);
        boilerplate.add(
            new MarkedSpan(heading.start(), heading.end(), heading.text(), "signature or footer"));
      }
    }
  }

  private boolean classify(
      String text,
      int s,
      int e,
      List<int[]> htmlHeadings,
      List<int[]> htmlCaptions,
      boolean inRelated) {
    String line = text.substring(s, e);
    int length = line.length();
    boolean shortLine = length < 400;
    String reason = null;
    if (inRelated && length < 160 && !endsLikeSentence(line)) {
      boilerplate.add(new MarkedSpan(s, e, line, "related articles"));
      return true;
    } else if (shortLine && RELATED.matcher(line).find() && length < 60) {
      boilerplate.add(new MarkedSpan(s, e, line, "related articles"));
      return true;
    } else if (shortLine && mentionsAny(line, COOKIE_WORDS) && COOKIE.matcher(line).find()) {
      reason = "cookie or privacy notice";
    } else if (length < 160 && LANGUAGE_PICKER.matcher(line).find()) {
      reason = "language picker";
    } else if (length < 200 && mentionsAny(line, LICENCE_WORDS) && LICENCE.matcher(line).find()) {
      reason = "licence number";
    } else if (length < 200 && hasDigitRun(line) && HOTLINE.matcher(line).find()) {
      reason = "hotline or contact";
    } else if (length < 200
        && mentionsAny(line, COPYRIGHT_WORDS)
        && COPYRIGHT.matcher(line).find()) {
      reason = "copyright line";
      Matcher agency = AGENCY_NAME.matcher(line);
      if (agency.find()) {
        wireCredits.add(
            new WireCredit(
                canonicalAgency(agency.group(1)), s + agency.start(1), s + agency.end(1), line));
      }
    } else if (length < 200 && SITE_PROMPT.matcher(line).find()) {
      reason = "comment form, counter or site prompt";
    } else if (length < 200 && line.indexOf('@') >= 0 && SIGN_OFF.matcher(line).find()) {
      reason = "reporter sign-off";
    } else if (length < 160 && WIDGET.matcher(line).find()) {
      reason = "stock chart or link widget";
    } else if (length < 40 && SHORT_DATE_LINE.matcher(line).matches()) {
      reason = "date line";
    } else if (length < 120 && repeated.contains(line)) {
      reason = "repeated line";
    } else if (length < 200 && allCapitals(line) && words(line) >= 5) {
      reason = "banner or ticker in capitals";
    } else if (length < 60 && SHARE.matcher(line).find() && !endsLikeSentence(line)) {
      reason = "share prompt or navigation";
    } else if (length < 120 && BYLINE.matcher(line).find()) {
      reason = "byline";
    } else if (length < 90
        && DATE_LINE.matcher(line).matches()
        && TimeExpressions.firstFullDate(line) != null) {
      reason = "date line";
      noteDate(line);
    } else if (length < 300 && isNavigation(line)) {
      reason = "navigation";
    } else if (shortLine && mostlyForeignScript(line)) {
      reason = "text in another script";
    }
    if (reason != null) {
      boilerplate.add(new MarkedSpan(s, e, line, reason));
      return false;
    }
    if (wireCredit(line, s)) {
      return false;
    }
    if (length < 100 && PARENTHESISED_LINE.matcher(line).matches()) {
      boilerplate.add(new MarkedSpan(s, e, line, "note or credit in parentheses"));
      noteDate(line);
      return false;
    }
    if (within(htmlCaptions, s, e)
        || (length < 1500 && (endsWithPhotoCredit(line) || CAPTION_START.matcher(line).find()))) {
      captions.add(new MarkedSpan(s, e, line, "photo caption"));
      noteDate(line);
      return false;
    }
    Matcher turn = SPEAKER_TURN.matcher(line);
    if (turn.find()
        && !isDateline(text, turn.group(1).trim())
        && (turnLines > 1 || isQuestion(turn.group(1)))) {
      paragraphs.add(
          new Paragraph(
              s + turn.end(), e, turn.group(1).trim(), s + turn.start(1), s + turn.end(1)));
      labelledTurn = null;
      return false;
    }
    if (turn.find(0)) {
      // "ISLAMABAD: Prime Minister ...": a dateline, not a speaker.
      int datelineEnd = s + turn.end();
      boilerplate.add(
          new MarkedSpan(s, datelineEnd, text.substring(s, datelineEnd).strip(), "dateline"));
      paragraphs.add(new Paragraph(datelineEnd, e, null, -1, -1));
      return false;
    }
    Matcher label = TURN_LABEL.matcher(line);
    if (label.matches() && words(line) <= 6 && namesSomeone(label.group(1))) {
      // "Minister of Foreign Affairs:" on a line of its own: the speaker of what follows.
      labelledTurn = new int[] {s + label.start(1), s + label.end(1)};
      return false;
    }
    if (labelledTurn != null && !looksLikeHeading(line)) {
      paragraphs.add(
          new Paragraph(
              s,
              e,
              text.substring(labelledTurn[0], labelledTurn[1]),
              labelledTurn[0],
              labelledTurn[1]));
      return false;
    }
    if (within(htmlHeadings, s, e) || looksLikeHeading(line) || line.equals(title)) {
      int words = words(line);
      if (paragraphs.isEmpty() && !sawTitle && words <= 3 && !line.equals(title)) {
        // A section label above the headline ("Football", "World").
        boilerplate.add(new MarkedSpan(s, e, line, "section label"));
      } else if (!paragraphs.isEmpty() && words >= 9 && !line.equals(title)) {
        // A headline-long line between body paragraphs is a teaser for another story.
        boilerplate.add(new MarkedSpan(s, e, line, "teaser"));
      } else {
        sawTitle |= words > 3;
        headings.add(new MarkedSpan(s, e, line, "heading"));
      }
      return false;
    }
    int parenthesis = line.indexOf('(');
    Matcher dateline = DATELINE.matcher(line);
    int bodyStart = s;
    if (length > 20 && parenthesis >= 0 && parenthesis < 90 && dateline.find()) {
      int agencyStart = s + dateline.start(2);
      wireCredits.add(
          new WireCredit(
              canonicalAgency(dateline.group(2)),
              agencyStart - 1,
              agencyStart + dateline.group(2).length() + 1,
              "(" + dateline.group(2) + ")"));
      boilerplate.add(
          new MarkedSpan(s, s + dateline.end(), line.substring(0, dateline.end()), "dateline"));
      noteDate(line.substring(0, dateline.end()));
      bodyStart = s + dateline.end();
    }
    Matcher reporting = REPORTING_FROM.matcher(line);
    if (bodyStart == s && reporting.lookingAt()) {
      int creditEnd = s + text.substring(s, s + reporting.end()).stripTrailing().length();
      boilerplate.add(new MarkedSpan(s, creditEnd, text.substring(s, creditEnd), "credit line"));
      bodyStart = s + reporting.end();
    }
    Matcher slash = SLASH_DATELINE.matcher(line);
    if (bodyStart == s && length > 20 && parenthesis >= 0 && slash.lookingAt()) {
      wireCredits.add(
          new WireCredit(
              canonicalAgency(slash.group(1)),
              s + slash.start(1),
              s + slash.end(1),
              slash.group(1)));
      int datelineEnd = s + text.substring(s, s + slash.end()).stripTrailing().length();
      boilerplate.add(new MarkedSpan(s, datelineEnd, text.substring(s, datelineEnd), "dateline"));
      noteDate(text.substring(s, datelineEnd));
      bodyStart = s + slash.end();
    }
    int bodyEnd = e;
    Matcher note = TRAILING_NOTE.matcher(text).region(bodyStart, e);
    if (line.indexOf('(') >= 0 && note.find()) {
      int noteStart = note.start();
      while (noteStart < e && Character.isWhitespace(text.charAt(noteStart))) {
        noteStart++;
      }
      boilerplate.add(new MarkedSpan(noteStart, e, text.substring(noteStart, e), "credit or link"));
      bodyEnd = note.start();
    }
    if (line.contains("writes ")) {
      Matcher writes = WRITES_AGENCY.matcher(line);
      if (writes.find()) {
        wireCredits.add(
            new WireCredit(
                canonicalAgency(writes.group(1)),
                s + writes.start(1),
                s + writes.end(1),
                writes.group()));
      }
    }
    if (bodyStart < bodyEnd) {
      paragraphs.add(new Paragraph(bodyStart, bodyEnd, null, -1, -1));
    }
    return false;
  }

  // A one-word label that opens a single line of the page is a place ("PUTRAJAYA:"); transcripts
  // give the same speaker several turns, and questions are always turns.
  private static boolean isDateline(String text, String label) {
    if (label.contains(" ") || label.length() <= 1) {
      return false;
    }
    String lower = lower(label);
    if (lower.equals("question") || lower.equals("answer") || lower.equals("interviewer")) {
      return false;
    }
    int first = text.indexOf(label + ":");
    return first < 0 || text.indexOf(label + ":", first + 1) < 0;
  }

  private static boolean isQuestion(String label) {
    String lower = lower(label.strip());
    return lower.equals("q") || lower.equals("question") || lower.equals("interviewer");
  }

  private static boolean namesSomeone(String label) {
    int capitals = 0;
    for (String word : label.split(" ")) {
      if (Lexicon.ROLE_WORDS.contains(lower(word))) {
        return true;
      }
      capitals += Character.isUpperCase(word.charAt(0)) ? 1 : 0;
    }
    return capitals >= 2;
  }

  private static int words(String line) {
    int words = 1;
    for (int i = 0; i < line.length(); i++) {
      if (line.charAt(i) == ' ' && i + 1 < line.length() && line.charAt(i + 1) != ' ') {
        words++;
      }
    }
    return words;
  }

  private static boolean allCapitals(String line) {
    int upper = 0;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (Character.isLowerCase(c)) {
        return false;
      }
      if (Character.isUpperCase(c)) {
        upper++;
      }
    }
    return upper >= 10;
  }

  // Credits sit at the end of a caption, so only the tail of the line is searched.
  private static boolean endsWithPhotoCredit(String line) {
    int tail = Math.max(0, line.length() - 140);
    if (line.indexOf('/', tail) < 0
        && line.indexOf('(', tail) < 0
        && line.indexOf(':', tail) < 0
        && line.indexOf("Getty", tail) < 0
        && line.indexOf("Shutterstock", tail) < 0
        && line.indexOf("Photo", tail) < 0
        && line.indexOf("Picture", tail) < 0) {
      return false;
    }
    Matcher m = CAPTION_CREDIT.matcher(line);
    m.region(Math.max(0, line.length() - 140), line.length());
    return m.find();
  }

  // Cheap substring tests that let most body lines skip the boilerplate patterns.
  private static final List<String> COOKIE_WORDS =
      List.of("ookie", "rivacy", "erms of", "GDPR", "gdpr", "onsent to");
  private static final List<String> LICENCE_WORDS =
      List.of("许可证", "备案", "ICP", "icen", "egistration", "ermit");
  private static final List<String> COPYRIGHT_WORDS =
      List.of("©", "opyright", "OPYRIGHT", "(c)", "(C)", "ights reserved", "IGHTS RESERVED");

  private static boolean mentionsAny(String line, List<String> words) {
    for (String word : words) {
      if (line.contains(word)) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasDigitRun(String line) {
    int run = 0;
    for (int i = 0; i < line.length(); i++) {
      run = Character.isDigit(line.charAt(i)) ? run + 1 : 0;
      if (run >= 3) {
        return true;
      }
    }
    return false;
  }

  private boolean wireCredit(String line, int s) {
    if (line.length() > 160) {
      return false;
    }
    Matcher with = WITH_INPUT.matcher(line);
    if (with.matches()) {
      String names = with.group(1);
      int namesStart = s + with.start(1);
      Matcher agency = AGENCY_NAME.matcher(names);
      boolean any = false;
      while (agency.find()) {
        any = true;
        wireCredits.add(
            new WireCredit(
                canonicalAgency(agency.group(1)),
                namesStart + agency.start(1),
                namesStart + agency.end(1),
                line));
      }
      // "Source: West Ham United FC" names where the text came from, not a news agency.
      boolean sourceLine = PageLayout.lower(line).replace("(", "").strip().startsWith("source");
      if (!any) {
        for (String name : names.split("\\s*(?:,|\\band\\b)\\s*")) {
          if (!name.isBlank() && (!sourceLine || NAMED_AGENCY.matcher(name).find())) {
            int at = s + line.indexOf(name);
            wireCredits.add(new WireCredit(name.trim(), at, at + name.length(), line));
          }
        }
      }
      boilerplate.add(new MarkedSpan(s, s + line.length(), line, "wire credit"));
      return true;
    }
    Matcher end = END_CREDIT.matcher(line);
    if (end.matches()) {
      wireCredits.add(
          new WireCredit(
              canonicalAgency(end.group(1).strip()), s + end.start(1), s + end.end(1), line));
      boilerplate.add(new MarkedSpan(s, s + line.length(), line, "wire credit"));
      return true;
    }
    for (Pattern p : List.of(CONTRIBUTED, LONE_AGENCY)) {
      Matcher m = p.matcher(line);
      if (m.matches()) {
        wireCredits.add(
            new WireCredit(canonicalAgency(m.group(1)), s + m.start(1), s + m.end(1), line));
        boilerplate.add(new MarkedSpan(s, s + line.length(), line, "wire credit"));
        return true;
      }
    }
    return false;
  }

  static String canonicalAgency(String name) {
    String listed = name;
    for (String agency : Lexicon.NEWS_AGENCIES) {
      if (agency.equalsIgnoreCase(name)) {
        listed = agency;
        break;
      }
    }
    return switch (listed) {
      case "Associated Press" -> "AP";
      case "Agence France-Presse", "Agence France Presse" -> "AFP";
      default -> listed;
    };
  }

  private void noteDate(String line) {
    if (dateFound == null) {
      dateFound = TimeExpressions.firstFullDate(line);
    }
  }

  private static boolean within(List<int[]> ranges, int s, int e) {
    for (int[] r : ranges) {
      if (s >= r[0] && e <= r[1] + 1) {
        return true;
      }
    }
    return false;
  }

  static boolean endsLikeSentence(String line) {
    char last = line.charAt(line.length() - 1);
    return ".!?\"”’:;…)".indexOf(last) >= 0;
  }

  private static boolean looksLikeHeading(String line) {
    if (line.length() > 100 || endsLikeSentence(line) || line.endsWith(",")) {
      return false;
    }
    int words = 1;
    for (int i = 0; i < line.length(); i++) {
      if (line.charAt(i) == ' ') {
        words++;
      }
    }
    char first = line.charAt(0);
    return words <= 14
        && (Character.isUpperCase(first)
            || Character.isDigit(first)
            || first == '\''
            || first == '‘');
  }

  // Menus are runs of short labels separated by bars, bullets or chevrons.
  private static boolean isNavigation(String line) {
    int separators = 0;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '|' || c == '•' || c == '›' || c == '»' || c == '·' || c == '>') {
        separators++;
      }
    }
    return separators >= 2 && !endsLikeSentence(line);
  }

  private static boolean mostlyForeignScript(String line) {
    int latin = 0;
    int other = 0;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (Character.isLetter(c)) {
        if (c < 0x250) {
          latin++;
        } else {
          other++;
        }
      }
    }
    return other > 0 && other > latin;
  }

  static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
