package io.github.cmvrx.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/**
 * Spark against the single-JVM command line, in local[2]: the same cohort, seed, N and policies
 * give byte-identical output at 1, 3 and 7 partitions.
 */
class SparkEqualityTest {
  private static final Path POLICIES = Path.of("..", "examples", "policies");

  @TempDir static Path dir;

  private static List<String> files(Path folder) throws IOException {
    try (Stream<Path> s = Files.list(folder)) {
      return s.map(p -> p.getFileName().toString()).sorted().collect(Collectors.toList());
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 3, 7})
  void whatif_sameJsonCsvAndHtmlAsOneJvm(int partitions) throws IOException {
    String a = POLICIES.resolve("default.json").toString();
    String b = POLICIES.resolve("adjusted-weight.json").toString();
    Path single = dir.resolve("single-" + partitions);
    Path spark = dir.resolve("spark-" + partitions);
    // 5,003 patients from index 3: not a multiple of the 4096-patient chunk nor of 3 or 7.
    String[] common = {
      "--cohort", "mixed", "--patients", "5003", "--first-index", "3", "--seed", "11",
      "--policy", a, "--policy", b
    };
    LocalSpark.Run one = LocalSpark.cmvrx(concat(new String[] {"whatif"}, common, "--out", single.toString()));
    LocalSpark.Run distributed =
        LocalSpark.spark(
            new CommandLine(new Main()),
            concat(
                new String[] {"whatif", "--master", "local[2]", "--partitions", Integer.toString(partitions)},
                common,
                "--out",
                spark.toString()));
    assertThat(one.exit()).isZero();
    assertThat(distributed.exit()).as(distributed.err()).isZero();
    assertThat(files(spark))
        .containsExactlyElementsOf(files(single))
        .contains("whatif.json", "changes.csv", "daily_dose.csv", "report.html");
    for (String f : files(single)) {
      assertThat(Files.readAllBytes(spark.resolve(f))).as(f).isEqualTo(Files.readAllBytes(single.resolve(f)));
    }
    // The summary differs only in the folder named on the "wrote" line.
    assertThat(distributed.out().replace(spark.toString(), "OUT"))
        .isEqualTo(one.out().replace(single.toString(), "OUT"));
    // The run compared something: the dose table has counts (not an empty cohort).
    assertThat(Files.readString(spark.resolve("whatif.json"))).contains("\"patients\" : 5003");
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 3, 7})
  void verify_sameSummaryAsOneJvm(int partitions) {
    String[] common = {
      "--cohort", "renal-impaired", "--patients", "500", "--first-index", "40", "--seed", "2",
      "--policy", POLICIES.resolve("foscarnet-90q12h.json").toString()
    };
    LocalSpark.Run one = LocalSpark.cmvrx(concat(new String[] {"verify"}, common));
    LocalSpark.Run distributed =
        LocalSpark.spark(
            new CommandLine(new Main()),
            concat(new String[] {"verify", "--partitions", Integer.toString(partitions)}, common));
    assertThat(one.exit()).isZero();
    assertThat(distributed.exit()).as(distributed.err()).isZero();
    assertThat(distributed.out()).isEqualTo(one.out()).contains("patients      500");
  }

  @Test
  void whatif_cohortFile_isShippedToExecutors(@TempDir Path tmp) throws IOException {
    Path cohort = tmp.resolve("small-hiv.json");
    Files.writeString(cohort, "{\"base\":\"hiv-cns\",\"patients\":700}");
    String a = POLICIES.resolve("default.json").toString();
    String b = POLICIES.resolve("foscarnet-90q12h.json").toString();
    String[] common = {"--cohort", cohort.toString(), "--seed", "5", "--policy", a, "--policy", b};
    LocalSpark.Run one = LocalSpark.cmvrx(concat(new String[] {"whatif"}, common));
    LocalSpark.Run distributed =
        LocalSpark.spark(new CommandLine(new Main()), concat(new String[] {"whatif", "--partitions", "4"}, common));
    assertThat(distributed.exit()).as(distributed.err()).isZero();
    assertThat(distributed.out()).isEqualTo(one.out()).contains("cohort small-hiv");
  }

  @Test
  void usageErrors_exit2NamingTheOption() {
    LocalSpark.Run r =
        LocalSpark.spark(new CommandLine(new Main()), "verify", "--patients", "10", "--partitions", "0");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("--partitions: value 0 must be >= 1");
    LocalSpark.Run one = LocalSpark.spark(new CommandLine(new Main()), "whatif", "--policy", "x.json");
    assertThat(one.exit()).isEqualTo(2);
    assertThat(one.err()).contains("exactly two policy files");
  }

  /**
   * The Spark whatif checks {@code --out} before it starts Spark, as the single-JVM command does
   * (the options are shared): an unwritable folder is a usage error, not a failure after an hour of
   * work.
   */
  @Test
  void whatif_outIsAFile_usageErrorBeforeSparkStarts(@TempDir Path tmp) throws IOException {
    Path taken = Files.writeString(tmp.resolve("taken"), "x");
    Path policy = Path.of("..", "examples", "policies", "default.json").toAbsolutePath();
    LocalSpark.Run r =
        LocalSpark.spark(
            new CommandLine(new Main()),
            "whatif", "--patients", "10", "--policy", policy.toString(),
            "--policy", policy.toString(), "--out", taken.toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("--out").doesNotContain("Exception");
    assertThat(r.out()).isEmpty();
  }

  private static String[] concat(String[] head, String[] body, String... tail) {
    return Stream.of(head, body, tail).flatMap(Stream::of).toArray(String[]::new);
  }
}
