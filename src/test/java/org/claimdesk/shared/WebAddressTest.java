package org.claimdesk.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class WebAddressTest {

  @Test
  void only_http_and_https_addresses_are_accepted() {
    assertThat(new WebAddress(" https://news.cgtn.com/a ").value())
        .isEqualTo("https://news.cgtn.com/a");
    assertThat(WebAddress.checkOptional("")).isNull();
    assertThatThrownBy(() -> new WebAddress("javascript:alert(1)"))
        .isInstanceOf(UserFacingException.class)
        .hasMessageContaining("Only http and https");
    assertThatThrownBy(() -> new WebAddress("file:///etc/passwd"))
        .hasMessageContaining("Only http and https");
    assertThatThrownBy(() -> new WebAddress("https://")).isInstanceOf(UserFacingException.class);
    assertThatThrownBy(() -> new WebAddress("not a url")).isInstanceOf(UserFacingException.class);
  }
}
