package io.github.cmvrx.simulation.report;

import com.google.common.html.HtmlEscapers;
import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.util.List;
import java.util.Locale;

/**
 * A self-contained HTML page with tables and horizontal bar charts as inline SVG: no scripts,
 * no stylesheets or fonts from the network.
 */
public final class Html {
  private static final int BAR_HEIGHT = 16;
  private static final int LABEL_WIDTH = 260;
  private static final int CHART_WIDTH = 420;
  private static final String[] COLOURS = {"#3b6ea5", "#d9822b"};

  private static final java.util.regex.Pattern NUMBER =
      java.util.regex.Pattern.compile("[-+]?[0-9]+(\\.[0-9]+)?%?");

  private final StringBuilder body = new StringBuilder();
  private final String title;

  /**
   * Starts a page.
   *
   * @param title the page title
   */
  public Html(String title) {
    this.title = title;
  }

  /**
   * Escapes text for HTML element content and quoted attribute values, with Guava's {@link
   * HtmlEscapers} ({@code & < > " '}).
   *
   * @param text the text
   * @return the escaped text
   */
  public static String escape(String text) {
    return HtmlEscapers.htmlEscaper().escape(text);
  }

  /**
   * Adds a heading.
   *
   * @param text the heading
   * @return this page
   */
  @CanIgnoreReturnValue
  public Html heading(String text) {
    body.append("<h2>").append(escape(text)).append("</h2>\n");
    return this;
  }

  /**
   * Adds a paragraph.
   *
   * @param text the text
   * @return this page
   */
  @CanIgnoreReturnValue
  public Html paragraph(String text) {
    body.append("<p>").append(escape(text)).append("</p>\n");
    return this;
  }

  /**
   * Adds a table.
   *
   * @param header the column names
   * @param rows the rows, each as long as the header
   * @return this page
   */
  @CanIgnoreReturnValue
  public Html table(List<String> header, List<List<String>> rows) {
    body.append("<table>\n<tr>");
    for (String h : header) {
      // Column names are snake_case with their unit: allow a line break after each underscore.
      body.append("<th>").append(escape(h).replace("_", "_<wbr>")).append("</th>");
    }
    body.append("</tr>\n");
    for (List<String> row : rows) {
      body.append("<tr>");
      for (String cell : row) {
        body.append(NUMBER.matcher(cell).matches() ? "<td class=\"n\">" : "<td>")
            .append(escape(cell))
            .append("</td>");
      }
      body.append("</tr>\n");
    }
    body.append("</table>\n");
    return this;
  }

  /**
   * Adds a horizontal bar chart with one or two series.
   *
   * @param labels the category labels
   * @param series the series names (one or two)
   * @param values {@code values[s][i]}: series {@code s}, category {@code i}; NaN is drawn as 0
   * @return this page
   */
  @CanIgnoreReturnValue
  public Html barChart(List<String> labels, List<String> series, double[][] values) {
    double max = 0;
    for (double[] row : values) {
      for (double v : row) {
        if (v > max) {
          max = v;
        }
      }
    }
    int groups = labels.size();
    int perGroup = series.size() * BAR_HEIGHT + 6;
    int height = groups * perGroup + 24;
    int width = LABEL_WIDTH + CHART_WIDTH + 120;
    body.append(
        String.format(
            Locale.ROOT,
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" role=\"img\">\n",
            width,
            height));
    for (int s = 0; s < series.size(); s++) {
      body.append(
          String.format(
              Locale.ROOT,
              "<rect x=\"%d\" y=\"2\" width=\"12\" height=\"12\" fill=\"%s\"/><text x=\"%d\" y=\"12\">%s</text>\n",
              LABEL_WIDTH + s * 160,
              COLOURS[s % COLOURS.length],
              LABEL_WIDTH + s * 160 + 16,
              escape(series.get(s))));
    }
    for (int i = 0; i < groups; i++) {
      int y0 = 20 + i * perGroup;
      body.append(
          String.format(
              Locale.ROOT,
              "<text x=\"%d\" y=\"%d\" text-anchor=\"end\">%s</text>\n",
              LABEL_WIDTH - 6,
              y0 + BAR_HEIGHT,
              escape(labels.get(i))));
      for (int s = 0; s < series.size(); s++) {
        double v = values[s][i];
        double w = max > 0 && v > 0 ? v / max * CHART_WIDTH : 0;
        int y = y0 + s * BAR_HEIGHT;
        body.append(
            String.format(
                Locale.ROOT,
                "<rect x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"%d\" fill=\"%s\"/>"
                    + "<text x=\"%.1f\" y=\"%d\" font-size=\"11\">%s</text>\n",
                LABEL_WIDTH,
                y,
                w,
                BAR_HEIGHT - 2,
                COLOURS[s % COLOURS.length],
                LABEL_WIDTH + w + 4,
                y + BAR_HEIGHT - 4,
                Numbers.format(v)));
      }
    }
    body.append("</svg>\n");
    return this;
  }

  /**
   * Adds raw, already escaped HTML (for sections that build their own markup).
   *
   * @param html the markup
   * @return this page
   */
  @CanIgnoreReturnValue
  public Html raw(String html) {
    body.append(html);
    return this;
  }

  /**
   * Adds horizontal bars as an HTML table: the label in its own cell (it wraps, so it is never
   * clipped), one bar per series scaled to the largest value, and the value as text. Fits any
   * page width; no script, no SVG.
   *
   * @param caption what the bars show, with the unit
   * @param labels the category labels
   * @param series the series names (one or two)
   * @param values {@code values[s][i]}: series {@code s}, category {@code i}; NaN is drawn as 0
   * @param text formats a value for display (e.g. with its unit)
   * @return this page
   */
  @CanIgnoreReturnValue
  public Html bars(
      String caption,
      List<String> labels,
      List<String> series,
      double[][] values,
      java.util.function.DoubleFunction<String> text) {
    double max = 0;
    for (double[] row : values) {
      for (double v : row) {
        if (v > max) {
          max = v;
        }
      }
    }
    body.append("<table class=\"bars\"><caption>").append(escape(caption)).append("</caption>\n");
    if (series.size() > 1) {
      body.append("<tr><td></td><td>");
      for (int s = 0; s < series.size(); s++) {
        body.append(
            String.format(
                Locale.ROOT,
                "<span class=\"key\" style=\"background:%s\"></span>%s ",
                COLOURS[s % COLOURS.length],
                escape(series.get(s))));
      }
      body.append("</td></tr>\n");
    }
    for (int i = 0; i < labels.size(); i++) {
      body.append("<tr><th>").append(escape(labels.get(i))).append("</th><td>");
      for (int s = 0; s < series.size(); s++) {
        double v = values[s][i];
        double pct = max > 0 && v > 0 ? v / max * 100 : 0;
        body.append(
            String.format(
                Locale.ROOT,
                "<div class=\"bar\"><span style=\"width:%.1f%%;background:%s\"></span>%s</div>",
                pct * 0.8,
                COLOURS[s % COLOURS.length],
                escape(Double.isNaN(v) ? "" : text.apply(v))));
      }
      body.append("</td></tr>\n");
    }
    body.append("</table>\n");
    return this;
  }

  /**
   * Adds a distribution chart: for each series the share of values in each bin of width {@code
   * binWidth} from 0 (the last bin holds everything above), drawn as outlined columns, with a
   * reference range shaded and its ends marked.
   *
   * @param unit the unit of the values, for the axis
   * @param binWidth the width of one bin
   * @param series the series names (one or two)
   * @param counts {@code counts[s][i]}: series {@code s}, bin {@code i}
   * @param referenceLow the low end of the reference range
   * @param referenceHigh the high end of the reference range
   * @param referenceLabel the label of the reference range
   * @return this page
   */
  @CanIgnoreReturnValue
  public Html distributionChart(
      String unit,
      double binWidth,
      List<String> series,
      long[][] counts,
      double referenceLow,
      double referenceHigh,
      String referenceLabel) {
    int bins = counts[0].length;
    double[][] shares = new double[counts.length][bins];
    double max = 0;
    for (int s = 0; s < counts.length; s++) {
      long total = 0;
      for (long c : counts[s]) {
        total += c;
      }
      for (int i = 0; i < bins; i++) {
        shares[s][i] = total == 0 ? 0 : (double) counts[s][i] / total;
        max = Math.max(max, shares[s][i]);
      }
    }
    int left = 50;
    int top = 24;
    int plotHeight = 160;
    double scale = (double) (LABEL_WIDTH + CHART_WIDTH - left) / bins;
    int width = LABEL_WIDTH + CHART_WIDTH + 40;
    int height = top + plotHeight + 40;
    body.append(
        String.format(
            Locale.ROOT,
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" role=\"img\">\n",
            width,
            height));
    double xLow = left + Math.min(bins, referenceLow / binWidth) * scale;
    double xHigh = left + Math.min(bins, referenceHigh / binWidth) * scale;
    body.append(
        String.format(
            Locale.ROOT,
            "<rect x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"%d\" fill=\"#2e7d32\""
                + " fill-opacity=\"0.12\"/>\n"
                + "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#2e7d32\""
                + " stroke-dasharray=\"4 3\"/>\n"
                + "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#2e7d32\""
                + " stroke-dasharray=\"4 3\"/>\n"
                + "<text x=\"%.1f\" y=\"%d\" font-size=\"11\" fill=\"#2e7d32\">%s</text>\n",
            xLow,
            top,
            xHigh - xLow,
            plotHeight,
            xLow,
            top,
            xLow,
            top + plotHeight,
            xHigh,
            top,
            xHigh,
            top + plotHeight,
            xLow + 2,
            top + 12,
            escape(referenceLabel)));
    for (int s = 0; s < series.size(); s++) {
      String colour = COLOURS[s % COLOURS.length];
      body.append(
          String.format(
              Locale.ROOT,
              "<rect x=\"%d\" y=\"2\" width=\"12\" height=\"12\" fill=\"%s\"/><text x=\"%d\""
                  + " y=\"12\">%s</text>\n",
              left + s * 160,
              colour,
              left + s * 160 + 16,
              escape(series.get(s))));
      for (int i = 0; i < bins; i++) {
        double h = max > 0 ? shares[s][i] / max * plotHeight : 0;
        if (h <= 0) {
          continue;
        }
        body.append(
            String.format(
                Locale.ROOT,
                "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\""
                    + " fill-opacity=\"0.45\" stroke=\"%s\"/>\n",
                left + i * scale,
                top + plotHeight - h,
                scale,
                h,
                colour,
                colour));
      }
    }
    body.append(
        String.format(
            Locale.ROOT,
            "<line x1=\"%d\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#333\"/>\n",
            left,
            top + plotHeight,
            left + bins * scale,
            top + plotHeight));
    int ticks = 6;
    for (int k = 0; k <= ticks; k++) {
      double value = (bins - 1) * binWidth * k / ticks;
      double x = left + value / binWidth * scale;
      body.append(
          String.format(
              Locale.ROOT,
              "<text x=\"%.1f\" y=\"%d\" font-size=\"11\" text-anchor=\"middle\">%s</text>\n",
              x,
              top + plotHeight + 14,
              Numbers.format(value)));
    }
    body.append(
        String.format(
            Locale.ROOT,
            "<text x=\"%.1f\" y=\"%d\" font-size=\"11\" text-anchor=\"end\">%s (last bin: above"
                + " %s; heights: share of each series, tallest = %s)</text>\n</svg>\n",
            left + bins * scale,
            top + plotHeight + 32,
            escape(unit),
            Numbers.format((bins - 1) * binWidth),
            Numbers.format(max)));
    return this;
  }

  /**
   * Returns the page.
   *
   * @return the HTML text
   */
  public String render() {
    return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>"
        + escape(title)
        + "</title>\n<style>"
        + "body{font-family:sans-serif;margin:1.5em auto;max-width:1180px;padding:0 1em;"
        + "overflow-wrap:break-word}"
        + "table{border-collapse:collapse;margin:.5em 0 1.2em;max-width:100%}"
        + "td,th{border:1px solid #ccc;padding:2px 8px;text-align:left;vertical-align:top}"
        + "td.n{text-align:right;white-space:nowrap}th{background:#f3f3f3}"
        + "caption{text-align:left;font-weight:bold;padding:4px 0}"
        + "table.bars{width:100%}table.bars th{width:34%;font-weight:normal}"
        + "table.bars td{text-align:left}"
        + ".bar{white-space:nowrap;font-size:12px;line-height:16px}"
        + ".bar span{display:inline-block;height:12px;margin-right:6px;vertical-align:middle}"
        + ".key{display:inline-block;width:12px;height:12px;margin:0 4px 0 12px}"
        + ".note{background:#fff6dd;border:1px solid #e0c060;padding:8px}"
        + "code{overflow-wrap:anywhere}"
        + "</style></head><body>\n<h1>"
        + escape(title)
        + "</h1>\n"
        + body
        + "</body></html>\n";
  }
}
