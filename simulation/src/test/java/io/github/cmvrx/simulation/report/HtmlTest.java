package io.github.cmvrx.simulation.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlTest {

  @Test
  void escape_markupCharactersAndBothQuotes() {
    assertThat(Html.escape("a<b & \"c\" 'd'>")).isEqualTo("a&lt;b &amp; &quot;c&quot; &#39;d&#39;&gt;");
  }

  @Test
  void escape_plainAndNonAsciiTextUnchanged() {
    assertThat(Html.escape("ganciclovir 5 mg/kg, Märtson 2019")).isEqualTo("ganciclovir 5 mg/kg, Märtson 2019");
  }
}
