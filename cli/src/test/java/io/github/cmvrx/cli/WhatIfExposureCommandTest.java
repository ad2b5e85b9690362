package io.github.cmvrx.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cmvrx.simulation.invariant.Engine;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code whatif --exposure} through the command, with the real engine. */
class WhatIfExposureCommandTest {

  @Test
  void writesTheSameExposureFilesOnOneAndTwoThreads(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("a.json"), "{}");
    Files.writeString(dir.resolve("b.json"), "{\"roundingMg\": 50}");
    String[] outputs = new String[2];
    for (String threads : new String[] {"1", "2"}) {
      StringWriter out = new StringWriter();
      CommandLine cl = new CommandLine(new WhatIfCommand(Engine.ADVISOR));
      cl.setOut(new PrintWriter(out));
      cl.setErr(new PrintWriter(new StringWriter()));
      int code =
          cl.execute(
              "--cohort", "mixed", "--patients", "1500", "--seed", "9", "--threads", threads,
              "--exposure",
              "--policy", dir.resolve("a.json").toString(),
              "--policy", dir.resolve("b.json").toString(),
              "--out", dir.resolve("out" + threads).toString());
      assertThat(code).isZero();
      outputs[Integer.parseInt(threads) - 1] = out.toString().replace("out" + threads, "outN");
    }
    assertThat(outputs[0]).contains("ganciclovir exposure (CALDES-2009").isEqualTo(outputs[1]);
    for (String f :
        new String[] {
          "whatif.json", "report.html", "exposure_distribution.csv", "exposure_paired_change.csv",
          "exposure_transitions.csv", "exposure_by_kidney_band.csv", "exposure_by_weight_band.csv",
          "exposure_not_estimated.csv"
        }) {
      assertThat(Files.readString(dir.resolve("out2").resolve(f)))
          .as(f)
          .isEqualTo(Files.readString(dir.resolve("out1").resolve(f)));
    }
  }

  @Test
  void withoutTheFlagNoExposureFiles(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("a.json"), "{}");
    CommandLine cl = new CommandLine(new WhatIfCommand(Engine.ADVISOR));
    StringWriter out = new StringWriter();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(new StringWriter()));
    int code =
        cl.execute(
            "--cohort", "mixed", "--patients", "300", "--seed", "9",
            "--policy", dir.resolve("a.json").toString(),
            "--policy", dir.resolve("a.json").toString(),
            "--out", dir.resolve("out").toString());
    assertThat(code).isZero();
    assertThat(out.toString()).doesNotContain("exposure");
    assertThat(dir.resolve("out").resolve("exposure_distribution.csv")).doesNotExist();
  }
}
