package org.claimdesk.audit.log;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** RFC 8785's own examples: member order, string escapes and ECMAScript numbers. */
class JcsTest {

  private static Object parse(String json) {
    return JsonMapper.builder().build().readValue(json, Object.class);
  }

  @Test
  void the_rfc_example_canonicalizes_as_published() {
    Object value =
        parse(
            "{\"numbers\": [333333333.33333329, 1E30, 4.50, 2e-3, 0.000000000000000000000000001],"
                + " \"string\": \"\\u20ac$\\u000F\\u000aA'\\u0042\\u0022\\u005c\\\\\\\"\\/\","
                + " \"literals\": [null, true, false]}");
    assertThat(Jcs.canonicalize(value))
        .isEqualTo(
            "{\"literals\":[null,true,false],\"numbers\":[333333333.3333333,1e+30,4.5,0.002,1e-27],"
                + "\"string\":\"€$\\u000f\\nA'B\\\"\\\\\\\\\\\"/\"}");
  }

  @Test
  void members_are_sorted_by_utf16_code_units() {
    Map<String, Object> value = new LinkedHashMap<>();
    for (String key : List.of("\u20ac", "\r", "\ufb33", "1", "\ud83d\ude00", "\u0080", "\u00f6")) {
      value.put(key, key.length());
    }
    assertThat(Jcs.canonicalize(value))
        .isEqualTo(
            "{\"\\r\":1,\"1\":1,\"\u0080\":1,\"\u00f6\":1,\"\u20ac\":1,\"\ud83d\ude00\":2,\"\ufb33\":1}");
  }

  @Test
  void numbers_are_written_as_ecmascript_writes_them() {
    assertThat(
            Arrays.stream(
                    new double[] {
                      0.0,
                      -0.0,
                      1.0,
                      -1.5,
                      1e21,
                      1e20,
                      123e-9,
                      1e-6,
                      5e-324,
                      1e23,
                      9007199254740992.0,
                      0.1 + 0.2
                    })
                .mapToObj(Jcs::number))
        .containsExactly(
            "0",
            "0",
            "1",
            "-1.5",
            "1e+21",
            "100000000000000000000",
            "1.23e-7",
            "0.000001",
            "5e-324",
            "1e+23",
            "9007199254740992",
            "0.30000000000000004");
    assertThat(Jcs.number(42L)).isEqualTo("42");
    assertThatThrownBy(() -> Jcs.number(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void control_characters_are_escaped_in_lower_case_and_the_rest_kept() {
    assertThat(Jcs.canonicalize("a\u0001\u001f\t\"é")).isEqualTo("\"a\\u0001\\u001f\\t\\\"é\"");
  }
}
