package io.github.cmvrx.spark;

import io.github.cmvrx.core.model.PatientCase;
import io.github.cmvrx.core.recommendation.Recommendation;
import io.github.cmvrx.core.validation.FieldError;
import io.github.cmvrx.contract.CaseJson;
import io.github.cmvrx.contract.JsonAdvisor;
import io.github.cmvrx.contract.JsonResult;
import io.github.cmvrx.contract.RecommendationJson;
import io.github.cmvrx.dosing.policy.Policy;
import java.io.Serializable;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.hadoop.io.LongWritable;
import org.apache.hadoop.io.Text;
import org.apache.hadoop.mapred.TextInputFormat;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.jspecify.annotations.Nullable;

/**
 * Batch scoring of real records on Spark: one case per input row (an NDJSON line, or a Parquet
 * row whose columns are named as the case contract's fields, nested structs as in the JSON), one
 * result per row. A row that is not a valid case is kept as a {@code refused} recommendation with
 * its field errors. Every result carries the input's {@code id} (echoed by the contract) and the
 * row position {@code row} (1-based: the physical line for NDJSON, blank lines skipped but
 * counted as {@code cmvrx recommend --ndjson} does; the row in Spark's read order for Parquet).
 * The rows written are counted back from the output and must equal the rows read.
 */
public final class SparkScore {
  private SparkScore() {}

  /** Input and output formats. */
  public enum Format {
    /** One JSON document per line. */
    NDJSON,
    /** Apache Parquet. */
    PARQUET;

    /**
     * Returns the lower-case name.
     *
     * @return e.g. {@code ndjson}
     */
    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /**
   * Rows read and results written (counted back from the output).
   *
   * @param in non-blank input rows
   * @param out results in the output
   */
  public record Counts(long in, long out) {}

  /** The schema of Parquet output: one column per result field, the recommendation as JSON. */
  static final StructType PARQUET_SCHEMA =
      new StructType()
          .add("row", DataTypes.LongType, false)
          .add("id", DataTypes.StringType, true)
          .add("status", DataTypes.StringType, false)
          .add("recommendation", DataTypes.StringType, false);

  /**
   * One input row: its position and its text, or why the text could not be read.
   *
   * @param row the 1-based position
   * @param text the text, or null when unreadable
   * @param problem why the text is unreadable, or null
   */
  record InputRow(long row, @Nullable String text, @Nullable String problem) implements Serializable {
    boolean blank() {
      return text != null && text.isBlank();
    }
  }

  /**
   * One result: the row, the answer and its JSON with {@code "row"} as the last key.
   *
   * @param row the 1-based position
   * @param id the case id, or null
   * @param status {@code ok} or {@code refused}
   * @param json the recommendation JSON with the row position
   */
  record Result(long row, @Nullable String id, String status, String json) implements Serializable {}

  /**
   * Scores every row of the input and writes the results.
   *
   * @param spark the session
   * @param input the input file or folder
   * @param inFormat the input format
   * @param output the output folder (must not exist)
   * @param outFormat the output format
   * @param policy the policy
   * @param partitions minimum input partitions, &gt;= 1
   * @return the counts, in and out
   */
  public static Counts run(
      SparkSession spark,
      String input,
      Format inFormat,
      String output,
      Format outFormat,
      PolicyText policy,
      int partitions) {
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    JavaRDD<InputRow> rows = read(spark, jsc, input, inFormat, partitions).filter(r -> !r.blank());
    long in = rows.count();
    JavaRDD<Result> results = rows.mapPartitions(new Answer(policy));
    long out;
    if (outFormat == Format.NDJSON) {
      results.map(Result::json).saveAsTextFile(output);
      out = jsc.textFile(output).count();
    } else {
      JavaRDD<Row> table =
          results.map(r -> RowFactory.create(r.row(), r.id(), r.status(), r.json()));
      spark.createDataFrame(table, PARQUET_SCHEMA).write().parquet(output);
      out = spark.read().parquet(output).count();
    }
    return new Counts(in, out);
  }

  static JavaRDD<InputRow> read(
      SparkSession spark, JavaSparkContext jsc, String input, Format format, int partitions) {
    if (format == Format.PARQUET) {
      Dataset<String> json = spark.read().parquet(input).toJSON();
      return json.javaRDD().zipWithIndex().map(t -> new InputRow(t._2() + 1, t._1(), null));
    }
    // Raw bytes, not Spark's text reader: that one replaces invalid UTF-8 silently, and an
    // invalid line must be refused with its reason, as cmvrx recommend --ndjson does.
    return jsc.hadoopFile(input, TextInputFormat.class, LongWritable.class, Text.class, partitions)
        .map(t -> t._2().copyBytes())
        .zipWithIndex()
        .map(t -> decode(t._2() + 1, t._1()));
  }

  static InputRow decode(long row, byte[] raw) {
    try {
      String text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(raw))
              .toString();
      return new InputRow(row, text, null);
    } catch (CharacterCodingException e) {
      return new InputRow(row, null, "input is not valid UTF-8 text");
    }
  }

  /**
   * Answers one row: the case contract's reader, then the engine; a row that cannot be read or
   * is not a valid case gets the contract's refusal with its field errors.
   *
   * @param r the row
   * @param policy the policy
   * @return the result
   * @throws IllegalStateException naming the row, if the engine throws (a bug: the run stops)
   */
  static Result answer(InputRow r, Policy policy) {
    Recommendation rec;
    String text = r.text();
    if (text == null) {
      rec =
          Recommendation.refused(
              Optional.empty(), List.of(new FieldError("$", String.valueOf(r.problem()))));
    } else {
      JsonResult<PatientCase> read = CaseJson.read(text);
      try {
        rec = JsonAdvisor.answer(read, policy);
      } catch (RuntimeException e) {
        throw new IllegalStateException("while answering row " + r.row() + ": " + e.getMessage(), e);
      }
    }
    String json = RecommendationJson.write(rec);
    String withRow = json.substring(0, json.length() - 1) + ",\"row\":" + r.row() + "}";
    return new Result(
        r.row(),
        rec.id().orElse(null),
        rec.status().name().toLowerCase(Locale.ROOT),
        withRow);
  }

  /** Answers the rows of one partition, parsing the policy once. */
  private static final class Answer
      implements org.apache.spark.api.java.function.FlatMapFunction<Iterator<InputRow>, Result> {
    private static final long serialVersionUID = 1L;
    private final PolicyText policy;

    Answer(PolicyText policy) {
      this.policy = policy;
    }

    @Override
    public Iterator<Result> call(Iterator<InputRow> rows) {
      Policy parsed = policy.policy();
      return new Iterator<>() {
        @Override
        public boolean hasNext() {
          return rows.hasNext();
        }

        @Override
        public Result next() {
          return answer(rows.next(), parsed);
        }
      };
    }
  }

  /**
   * Guesses the input format from the path: Parquet for a name ending in {@code .parquet} or a
   * local folder that holds {@code .parquet} files, NDJSON otherwise.
   *
   * @param path the input path or URI
   * @return the format
   */
  public static Format guess(String path) {
    String trimmed = path.replaceAll("/+$", "");
    if (trimmed.toLowerCase(Locale.ROOT).endsWith(".parquet")) {
      return Format.PARQUET;
    }
    java.nio.file.Path input;
    try {
      input = java.nio.file.Path.of(trimmed);
    } catch (java.nio.file.InvalidPathException e) {
      return Format.NDJSON;
    }
    if (java.nio.file.Files.isDirectory(input)) {
      List<String> names = new ArrayList<>();
      try (var files = java.nio.file.Files.list(input)) {
        files.forEach(f -> names.add(String.valueOf(f.getFileName())));
      } catch (java.io.IOException e) {
        return Format.NDJSON;
      }
      if (names.stream().anyMatch(n -> n.toLowerCase(Locale.ROOT).endsWith(".parquet"))) {
        return Format.PARQUET;
      }
    }
    return Format.NDJSON;
  }
}
