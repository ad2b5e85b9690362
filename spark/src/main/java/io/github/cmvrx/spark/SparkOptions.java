package io.github.cmvrx.spark;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * The Spark options every command shares: where to run and how many partitions. Without
 * {@code --master}, the master given by {@code spark-submit} is used, or {@code local[*]}.
 */
public final class SparkOptions {
  @Option(
      names = "--master",
      paramLabel = "URL",
      description = "Spark master, e.g. local[2] (default: spark-submit's, else local[*]).")
  @Nullable String master;

  @Option(
      names = "--partitions",
      paramLabel = "P",
      description = "Partitions (default: Spark's default parallelism).")
  @Nullable Integer partitions;

  /**
   * Starts (or joins) the Spark session.
   *
   * @param appName the application name
   * @return the session
   */
  public SparkSession session(String appName) {
    SparkConf conf = new SparkConf().setAppName(appName);
    if (master != null) {
      conf.setMaster(master);
    } else if (!conf.contains("spark.master")) {
      conf.setMaster("local[*]");
    }
    // No web UI for a batch run; driver results are tallies of a few kilobytes each.
    conf.setIfMissing("spark.ui.enabled", "false");
    if (conf.get("spark.master").startsWith("local")) {
      // Local mode talks to itself only: keep the driver on the loopback interface.
      conf.setIfMissing("spark.driver.bindAddress", "127.0.0.1");
      conf.setIfMissing("spark.driver.host", "127.0.0.1");
    }
    return SparkSession.builder().config(conf).getOrCreate();
  }

  /**
   * Returns the number of partitions to use.
   *
   * @param cl the command line, for usage errors
   * @param session the running session (for its default parallelism)
   * @return {@code --partitions}, or Spark's default parallelism
   * @throws CommandLine.ParameterException if {@code --partitions} is below 1
   */
  public int partitions(CommandLine cl, SparkSession session) {
    if (partitions == null) {
      return Math.max(1, session.sparkContext().defaultParallelism());
    }
    return checkedPartitions(cl);
  }

  /**
   * Checks {@code --partitions} before Spark starts.
   *
   * @param cl the command line, for usage errors
   * @return the value, or 0 when not given
   * @throws CommandLine.ParameterException if {@code --partitions} is below 1
   */
  @CanIgnoreReturnValue
  public int checkedPartitions(CommandLine cl) {
    if (partitions == null) {
      return 0;
    }
    if (partitions < 1) {
      throw new CommandLine.ParameterException(
          cl, "--partitions: value " + partitions + " must be >= 1");
    }
    return partitions;
  }
}
