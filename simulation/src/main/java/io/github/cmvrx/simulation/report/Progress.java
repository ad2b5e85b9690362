package io.github.cmvrx.simulation.report;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.LongConsumer;

/**
 * A progress bar on standard error, drawn only when a person watches (a terminal, {@link
 * System#console()} present); otherwise it does nothing, so redirected output stays clean.
 */
public final class Progress implements LongConsumer {
  private static final int WIDTH = 40;
  private static final int PERCENT = 100;

  private final long total;
  private final PrintWriter err;
  private final boolean enabled;
  private int lastPercent = -1;

  private Progress(long total, PrintWriter err, boolean enabled) {
    this.total = total;
    this.err = err;
    this.enabled = enabled;
  }

  /**
   * Returns a progress bar that draws only when standard error is a terminal.
   *
   * @param total the number of patients
   * @param err where to draw
   * @return the progress bar
   */
  public static Progress forTerminal(long total, PrintWriter err) {
    return new Progress(total, err, System.console() != null);
  }

  /**
   * Returns a progress bar that never draws.
   *
   * @return the silent bar
   */
  public static Progress silent() {
    return new Progress(0, new PrintWriter(PrintWriter.nullWriter()), false);
  }

  @Override
  public void accept(long done) {
    if (!enabled || total == 0) {
      return;
    }
    int percent = (int) (done * PERCENT / total);
    if (percent == lastPercent) {
      return;
    }
    lastPercent = percent;
    int filled = percent * WIDTH / PERCENT;
    err.print(
        String.format(
            Locale.ROOT,
            "\r[%s%s] %3d%% %d/%d",
            "#".repeat(filled),
            " ".repeat(WIDTH - filled),
            percent,
            done,
            total));
    if (done >= total) {
      err.println();
    }
    err.flush();
  }
}
