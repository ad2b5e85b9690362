package io.github.cmvrx.fhir.hooks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * CPU time of this JVM's threads by group (service request threads, load clients, the HTTP
 * dispatcher, JIT compiler, garbage collector, other), read from Linux's {@code /proc/self/task}.
 * The load test reports it per request, so a figure taken on a busy machine still says where the
 * time went. Empty where {@code /proc} cannot be read.
 */
final class ThreadCpu {
  private ThreadCpu() {}

  /** Clock ticks per second of {@code /proc} stat times (USER_HZ, 100 on Linux). */
  private static final double TICKS_PER_SECOND = 100.0;

  /**
   * Returns CPU seconds of each live thread, keyed by thread id and name.
   *
   * @return "id name" to seconds
   */
  static Map<String, Double> snapshot() {
    Map<String, Double> threads = new TreeMap<>();
    try (Stream<Path> tasks = Files.list(Path.of("/proc/self/task"))) {
      for (Path task : tasks.toList()) {
        String stat;
        try {
          stat = Files.readString(task.resolve("stat"));
        } catch (IOException e) {
          continue; // the thread ended meanwhile
        }
        int open = stat.indexOf('(');
        int close = stat.lastIndexOf(')');
        String name = stat.substring(open + 1, close);
        String[] fields = stat.substring(close + 2).split(" ");
        // Fields 14 and 15 of proc(5), utime and stime, are the 12th and 13th after the name.
        double seconds = (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / TICKS_PER_SECOND;
        threads.put(task.getFileName() + " " + name, seconds);
      }
    } catch (IOException | RuntimeException e) {
      return Map.of();
    }
    return threads;
  }

  private static String group(String name) {
    if (name.startsWith("cds-service")) {
      return "service";
    }
    if (name.startsWith("load-client")) {
      return "client";
    }
    if (name.startsWith("HTTP-Dispatcher")) {
      return "dispatcher";
    }
    if (name.contains("CompilerThre")) {
      return "jit";
    }
    if (name.startsWith("GC ") || name.startsWith("G1 ")) {
      return "gc";
    }
    return "other";
  }

  /**
   * Formats the difference of two snapshots as milliseconds per request by thread group (a
   * thread that ended in between is not counted; one that started counts from zero).
   *
   * @param before the first snapshot
   * @param after the second snapshot
   * @param requests the requests answered in between
   * @return e.g. {@code "service 0.52, client 0.12, ..."}
   */
  static String perRequest(Map<String, Double> before, Map<String, Double> after, int requests) {
    if (after.isEmpty() || requests == 0) {
      return "thread CPU not readable";
    }
    Map<String, Double> groups = new TreeMap<>();
    after.forEach(
        (thread, seconds) ->
            groups.merge(
                group(thread.substring(thread.indexOf(' ') + 1)),
                seconds - before.getOrDefault(thread, 0.0),
                Double::sum));
    StringBuilder s = new StringBuilder("CPU ms per request by thread group:");
    groups.forEach(
        (group, seconds) -> s.append(String.format(Locale.ROOT, " %s %.3f", group, seconds * 1e3 / requests)));
    return s.toString();
  }
}
