package io.github.cmvrx.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code score} keeps every row, in row-position order, with refusals for invalid rows, and
 * answers each row exactly as {@code cmvrx recommend --ndjson} does.
 */
class SparkScoreTest {
  private static final Pattern ROW = Pattern.compile(",\"row\":(\\d+)}$");

  @TempDir static Path dir;

  private static Path input;

  /** The physical line numbers (1-based) of the non-blank input lines, in order. */
  private static final List<Long> EXPECTED_ROWS = new ArrayList<>();

  @BeforeAll
  static void writeInput() throws IOException {
    List<String> cases = Files.readAllLines(Path.of("..", "examples", "cases.ndjson"));
    String valid = cases.get(0);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    long line = 0;
    for (int round = 0; round < 12; round++) {
      List<byte[]> lines = new ArrayList<>();
      for (String c : cases) {
        lines.add(c.getBytes(StandardCharsets.UTF_8));
      }
      // Not JSON at all, a value out of range (the field is named), a blank line, bad UTF-8.
      lines.add(("{\"id\":\"truncated-" + round + "\",\"patient\":").getBytes(StandardCharsets.UTF_8));
      lines.add(
          valid
              .replaceFirst("\"id\":\"[^\"]*\"", "\"id\":\"bad-weight-" + round + "\"")
              .replaceFirst("\"weightKg\":[0-9.]+", "\"weightKg\":-3")
              .getBytes(StandardCharsets.UTF_8));
      lines.add("   ".getBytes(StandardCharsets.UTF_8));
      lines.add(new byte[] {'{', '"', 'i', 'd', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'});
      for (byte[] l : lines) {
        line++;
        bytes.write(l);
        bytes.write('\n');
        if (!new String(l, StandardCharsets.UTF_8).isBlank()) {
          EXPECTED_ROWS.add(line);
        }
      }
    }
    input = dir.resolve("cases.ndjson");
    Files.write(input, bytes.toByteArray());
  }

  private static List<String> partLines(Path folder) throws IOException {
    List<String> all = new ArrayList<>();
    try (Stream<Path> parts = Files.list(folder)) {
      for (Path p : parts.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().collect(Collectors.toList())) {
        all.addAll(Files.readAllLines(p, StandardCharsets.UTF_8));
      }
    }
    return all;
  }

  private static long rowOf(String json) {
    Matcher m = ROW.matcher(json);
    assertThat(m.find()).as(json).isTrue();
    return Long.parseLong(m.group(1));
  }

  @Test
  void score_ndjson_everyRowInOrderWithRefusals_sameAnswersAsRecommend() throws IOException {
    Path out = dir.resolve("out-ndjson");
    LocalSpark.Run r =
        LocalSpark.spark(
            new CommandLine(new Main()),
            "score", "--input", input.toString(), "--output", out.toString(), "--partitions", "3");
    assertThat(r.exit()).as(r.err()).isZero();
    int n = EXPECTED_ROWS.size();
    assertThat(r.out())
        .contains("rows in      " + n)
        .contains("results out " + n)
        .contains("count check: ok");

    List<String> results = partLines(out);
    assertThat(results).hasSize(n);
    List<Long> rows = results.stream().map(SparkScoreTest::rowOf).collect(Collectors.toList());
    assertThat(rows).containsExactlyElementsOf(EXPECTED_ROWS);
    assertThat(results.stream().filter(l -> l.contains("\"status\":\"refused\"")).count())
        .isEqualTo(36); // 3 invalid rows in each of 12 rounds
    assertThat(results)
        .anyMatch(l -> l.contains("\"id\":\"bad-weight-0\"") && l.contains("weightKg"))
        .anyMatch(l -> l.contains("not valid UTF-8"));

    // The same answers as the single-JVM command line, line for line: Spark's "row" key against
    // the command line's "line" key (on refusals only).
    ByteArrayOutputStream cliOut = new ByteArrayOutputStream();
    int exit =
        io.github.cmvrx.cli.Main.run(
            new String[] {"recommend", "--ndjson", "-"},
            new ByteArrayInputStream(Files.readAllBytes(input)),
            new PrintStream(cliOut, true, StandardCharsets.UTF_8),
            new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    assertThat(exit).isZero();
    List<String> cli = cliOut.toString(StandardCharsets.UTF_8).lines().collect(Collectors.toList());
    assertThat(cli).hasSize(n);
    for (int i = 0; i < n; i++) {
      String spark = results.get(i).replaceFirst(",\"row\":\\d+}$", "}");
      String single = cli.get(i).replaceFirst(",\"line\":\\d+}$", "}");
      assertThat(spark).as("row " + rows.get(i)).isEqualTo(single);
    }
  }

  @Test
  void score_parquet_inAndOut_everyRowInOrder() throws IOException {
    // Parquet cases with the contract's field names and nested structs, made from the valid
    // NDJSON examples plus one out-of-range row.
    List<String> json = new ArrayList<>(Files.readAllLines(Path.of("..", "examples", "cases.ndjson")));
    json.add(json.get(0).replaceFirst("\"id\":\"[^\"]*\"", "\"id\":\"bad\"").replaceFirst("\"weightKg\":[0-9.]+", "\"weightKg\":-3"));
    Dataset<String> lines = LocalSpark.session().createDataset(json, Encoders.STRING());
    Path parquetIn = dir.resolve("cases.parquet");
    LocalSpark.session().read().json(lines).coalesce(1).write().parquet(parquetIn.toString());

    Path out = dir.resolve("out-parquet");
    LocalSpark.Run r =
        LocalSpark.spark(
            new CommandLine(new Main()),
            "score", "--input", parquetIn.toString(), "--output", out.toString(), "--format", "parquet");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).contains("(parquet)").contains("rows in      " + json.size()).contains("count check: ok");

    List<Row> rows = LocalSpark.session().read().parquet(out.toString()).orderBy("row").collectAsList();
    assertThat(rows).hasSize(json.size());
    for (int i = 0; i < rows.size(); i++) {
      assertThat(rows.get(i).getLong(rows.get(i).fieldIndex("row"))).isEqualTo(i + 1L);
    }
    Row last = rows.get(rows.size() - 1);
    assertThat(last.<String>getAs("id")).isEqualTo("bad");
    assertThat(last.<String>getAs("status")).isEqualTo("refused");
    assertThat(last.<String>getAs("recommendation")).contains("weightKg");
    assertThat(rows.get(0).<String>getAs("status")).isEqualTo("ok");
  }

  @Test
  void score_existingOutput_usageErrorNothingWritten() {
    LocalSpark.Run r =
        LocalSpark.spark(
            new CommandLine(new Main()), "score", "--input", input.toString(), "--output", dir.toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("already exists");
  }
}
