package org.claimdesk.nlp;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sorts the lines of a cleaned page into body paragraphs and everything that is not a claim: site
 * boilerplate, photo captions, headings and wire credits. All offsets are into the cleaned text.
 */
final class PageLayout {
  static final String AGENCIES =
      "Reuters|AP|Associated Press|AFP|Agence"
          + " France-Presse|Xinhua|Bloomberg|dpa|DPA|UPI|ANI|PTI|IANS|TASS|Kyodo|Yonhap|EFE|ANSA|CNA|Anadolu|Interfax|RIA"
          + " Novosti|Sputnik|PA|CP|AAP|Bernama";
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
              + " (?:read|popular|viewed)|editor'?s picks?|trending|latest news|top stories)\\b",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern COPYRIGHT =
      Pattern.compile(
          "©|\\(c\\)\\s*\\d{4}|\\bcopyright\\b|all rights reserved", Pattern.CASE_INSENSITIVE);
  private static final Pattern BYLINE =
      Pattern.compile(
          "^\\(?\\s*(?:by|reporting by|additional reporting by|writing by|editing by|edited"
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
      Pattern.compile("^[-–—(]*\\s*(" + AGENCIES + ")\\s*\\)?\\.?$");
  // "GENEVA, Nov 23 (Reuters) - ", "BEIJING, Nov. 23 (Xinhua) -- ", "(AP) —", "WASHINGTON (AFP) -".
  private static final Pattern DATELINE =
      Pattern.compile(
          "^(?:([A-Z][A-Za-z.'’ -]{1,40}?(?:,\\s*[A-Z][A-Za-z0-9.'’ -]{1,30}?)*)\\s*)?\\(("
              + AGENCIES
              + ")\\)\\s*[-–—]+\\s*");
  private static final Pattern SPEAKER_TURN =
      Pattern.compile("^([A-Z][A-Z.'’ -]{1,40}[A-Z.]|Q|A)\\s*:\\s+");

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

  PageLayout(String text, List<int[]> htmlHeadings, List<int[]> htmlCaptions, String title) {
    this.title = title == null ? null : title.strip();
    int lineStart = 0;
    int n = text.length();
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
      if (s < e) {
        inRelatedList = classify(text, s, e, htmlHeadings, htmlCaptions, inRelatedList);
      }
      lineStart = lineEnd + 1;
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
    if (within(htmlCaptions, s, e)
        || (length < 1500 && (endsWithPhotoCredit(line) || CAPTION_START.matcher(line).find()))) {
      captions.add(new MarkedSpan(s, e, line, "photo caption"));
      noteDate(line);
      return false;
    }
    Matcher turn = SPEAKER_TURN.matcher(line);
    if (turn.find()) {
      paragraphs.add(
          new Paragraph(
              s + turn.end(), e, turn.group(1).trim(), s + turn.start(1), s + turn.end(1)));
      return false;
    }
    if (within(htmlHeadings, s, e) || looksLikeHeading(line) || line.equals(title)) {
      headings.add(new MarkedSpan(s, e, line, "heading"));
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
    if (bodyStart < e) {
      paragraphs.add(new Paragraph(bodyStart, e, null, -1, -1));
    }
    return false;
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
      Matcher agency = Pattern.compile("\\b(" + AGENCIES + ")\\b").matcher(names);
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
      if (!any) {
        for (String name : names.split("\\s*(?:,|\\band\\b)\\s*")) {
          if (!name.isBlank()) {
            int at = s + line.indexOf(name);
            wireCredits.add(new WireCredit(name.trim(), at, at + name.length(), line));
          }
        }
      }
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
    return switch (name) {
      case "Associated Press" -> "AP";
      case "Agence France-Presse" -> "AFP";
      case "DPA" -> "dpa";
      default -> name;
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
