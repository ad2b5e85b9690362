package io.github.cmvrx.simulation.whatif;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class WhatIfReportTest {

  @Test
  void csv_quotesCellsWithCommas() {
    assertThat(WhatIfReport.csv(List.of(List.of("a,b", "c")))).isEqualTo("\"a,b\",c\n");
  }
}
