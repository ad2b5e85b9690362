package io.github.cmvrx.spark;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code score}: one recommendation per input row (NDJSON or Parquet cases), written as a set of
 * {@code part-*} files. Prints the rows read and the results written (counted back from the
 * output); exit 1 if they differ.
 */
@Command(
    name = "score",
    mixinStandardHelpOptions = true,
    description = {
      "Score every case of an NDJSON or Parquet input on Spark: one result per row, with its id"
          + " and row position; invalid rows are kept as refused with their field errors."
    })
public final class ScoreCommand implements Callable<Integer> {
  @Spec
  @SuppressWarnings("NullAway.Init") // injected by picocli before call()
  CommandSpec spec;

  @Mixin SparkOptions sparkOptions = new SparkOptions();

  @Option(
      names = "--input",
      paramLabel = "PATH",
      required = true,
      description = "NDJSON or Parquet file or folder of cases (a local path, or a Hadoop URI).")
  @SuppressWarnings("NullAway.Init") // required option, set by picocli before call()
  String input;

  @Option(
      names = "--output",
      paramLabel = "DIR",
      required = true,
      description = "Folder to create for the results (must not exist; a local path or a Hadoop URI).")
  @SuppressWarnings("NullAway.Init") // required option, set by picocli before call()
  String output;

  @Option(
      names = "--input-format",
      paramLabel = "FORMAT",
      description = "ndjson or parquet (default: parquet for .parquet, else ndjson).")
  SparkScore.@Nullable Format inputFormat;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      description = "Output format, ndjson or parquet (default: the input's).")
  SparkScore.@Nullable Format format;

  @Option(
      names = "--policy",
      paramLabel = "FILE",
      description = "Policy JSON file with local dosing choices (default: the label's).")
  @Nullable Path policyFile;

  @Override
  public Integer call() {
    CommandLine cl = spec.commandLine();
    // Local paths are checked here for a clear usage error; a URI (hdfs://, s3a://, ...) is
    // checked by Hadoop, which refuses a missing input or an existing output folder.
    if (!hasScheme(input) && !Files.exists(Path.of(input))) {
      throw new CommandLine.ParameterException(cl, "--input " + input + ": no such file or folder");
    }
    if (!hasScheme(output) && Files.exists(Path.of(output))) {
      throw new CommandLine.ParameterException(
          cl, "--output " + output + ": already exists (results are never written over)");
    }
    PolicyText policy = Inputs.policy(cl, policyFile);
    SparkScore.Format in = inputFormat != null ? inputFormat : SparkScore.guess(input);
    SparkScore.Format outFormat = format != null ? format : in;
    int minPartitions = sparkOptions.checkedPartitions(cl);
    SparkSession session = sparkOptions.session("cmvrx score");
    int partitions = minPartitions > 0 ? minPartitions : sparkOptions.partitions(cl, session);
    SparkScore.Counts counts =
        SparkScore.run(
            session,
            input,
            in,
            output,
            outFormat,
            policy,
            partitions);
    PrintWriter out = cl.getOut();
    out.println(
        String.format(
            Locale.ROOT,
            "cmvrx score: %s (%s) -> %s (%s)%nrows in      %d%nresults out %d%n%s",
            input,
            in.label(),
            output,
            outFormat.label(),
            counts.in(),
            counts.out(),
            counts.in() == counts.out() ? "count check: ok" : "count check: FAILED, rows were lost"));
    out.flush();
    return counts.in() == counts.out() ? 0 : 1;
  }

  private static boolean hasScheme(String path) {
    return path.matches("[A-Za-z][A-Za-z0-9+.-]+:.*") && !path.matches("[A-Za-z]:[\\\\/].*");
  }
}
