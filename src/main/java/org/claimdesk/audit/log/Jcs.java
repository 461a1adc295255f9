package org.claimdesk.audit.log;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The JSON Canonicalization Scheme of RFC 8785: members sorted by their UTF-16 code units, no
 * whitespace, strings escaped as ECMAScript's JSON.stringify does and numbers written as ECMAScript
 * writes them, so that the same value always gives the same bytes.
 *
 * <p>Values are {@code null}, {@link Boolean}, {@link Number}, {@link CharSequence}, {@link Map}
 * with string keys and {@link Iterable}.
 */
public final class Jcs {

  private Jcs() {}

  public static String canonicalize(@Nullable Object value) {
    StringBuilder out = new StringBuilder();
    write(value, out);
    return out.toString();
  }

  private static void write(@Nullable Object value, StringBuilder out) {
    switch (value) {
      case null -> out.append("null");
      case Boolean b -> out.append(b ? "true" : "false");
      case CharSequence s -> string(s.toString(), out);
      case Number n -> out.append(number(n));
      case Map<?, ?> map -> {
        List<String> keys = new ArrayList<>();
        for (Object key : map.keySet()) {
          if (!(key instanceof String s)) {
            throw new IllegalArgumentException("JSON member names must be strings: " + key);
          }
          keys.add(s);
        }
        // String.compareTo compares UTF-16 code units, which is the order RFC 8785 asks for.
        keys.sort(String::compareTo);
        out.append('{');
        for (int i = 0; i < keys.size(); i++) {
          if (i > 0) {
            out.append(',');
          }
          string(keys.get(i), out);
          out.append(':');
          write(map.get(keys.get(i)), out);
        }
        out.append('}');
      }
      case Iterable<?> items -> {
        out.append('[');
        boolean first = true;
        for (Object item : items) {
          if (!first) {
            out.append(',');
          }
          first = false;
          write(item, out);
        }
        out.append(']');
      }
      default ->
          throw new IllegalArgumentException(
              "Not a JSON value: " + value.getClass().getSimpleName());
    }
  }

  private static void string(String s, StringBuilder out) {
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\b' -> out.append("\\b");
        case '\f' -> out.append("\\f");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }

  /** A number as ECMAScript's Number.prototype.toString writes it (RFC 8785 section 3.2.2.3). */
  static String number(Number n) {
    if (n instanceof Long || n instanceof Integer || n instanceof Short || n instanceof Byte) {
      long v = n.longValue();
      if (Math.abs(v) > (1L << 53)) {
        throw new IllegalArgumentException("Integer too large for an exact JSON number: " + v);
      }
      return Long.toString(v);
    }
    if (n instanceof BigInteger big) {
      return number(big.doubleValue());
    }
    if (n instanceof BigDecimal big) {
      return number(big.doubleValue());
    }
    return number(n.doubleValue());
  }

  private static @Nullable String singleDigit(double value, String digits, int n) {
    int low = digits.charAt(0) - '0';
    BigDecimal exact = new BigDecimal(value);
    String best = null;
    BigDecimal bestDistance = null;
    for (int c = low; c <= low + 1; c++) {
      int digit = c == 10 ? 1 : c;
      int exponent = c == 10 ? n + 1 : n;
      if (digit == 0) {
        continue;
      }
      BigDecimal candidate = new BigDecimal(digit + "E" + (exponent - 1));
      if (candidate.doubleValue() == value) {
        BigDecimal distance = candidate.subtract(exact).abs();
        if (bestDistance == null || distance.compareTo(bestDistance) < 0) {
          best = digit + Integer.toString(exponent);
          bestDistance = distance;
        }
      }
    }
    return best;
  }

  static String number(double d) {
    if (Double.isNaN(d) || Double.isInfinite(d)) {
      throw new IllegalArgumentException("NaN and infinity are not JSON numbers");
    }
    if (d == 0) {
      return "0"; // minus zero too
    }
    String sign = d < 0 ? "-" : "";
    // Java's Double.toString gives the shortest digits that round-trip, as ECMAScript needs.
    BigDecimal exact = new BigDecimal(Double.toString(Math.abs(d))).stripTrailingZeros();
    String digits = exact.unscaledValue().toString();
    int k = digits.length();
    int n = k - exact.scale(); // value = digits x 10^(n - k)
    if (k == 2) {
      // Java keeps two digits where one would do (4.9E-324); ECMAScript takes the single digit.
      String single = singleDigit(Math.abs(d), digits, n);
      if (single != null) {
        digits = single.substring(0, 1);
        n = Integer.parseInt(single.substring(1));
        k = 1;
      }
    }
    StringBuilder out = new StringBuilder(sign);
    if (k <= n && n <= 21) {
      out.append(digits).append("0".repeat(n - k));
    } else if (0 < n && n <= 21) {
      out.append(digits, 0, n).append('.').append(digits, n, k);
    } else if (-6 < n && n <= 0) {
      out.append("0.").append("0".repeat(-n)).append(digits);
    } else {
      int e = n - 1;
      out.append(digits.charAt(0));
      if (k > 1) {
        out.append('.').append(digits, 1, k);
      }
      out.append('e').append(e < 0 ? '-' : '+').append(Math.abs(e));
    }
    return out.toString();
  }
}
