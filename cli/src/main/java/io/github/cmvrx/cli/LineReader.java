package io.github.cmvrx.cli;

import io.github.cmvrx.contract.JsonLimits;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads newline-delimited input one line at a time with a bound on the line length, so that a
 * huge or endless line cannot exhaust memory; each line is decoded as strict UTF-8 on its own,
 * so one bad line does not stop the others. {@code \n} ends a line; a {@code \r} before it is
 * dropped.
 */
final class LineReader {
  /** The longest line accepted, in bytes: room for the character limit in 4-byte UTF-8. */
  static final int MAX_LINE_BYTES = 4 * JsonLimits.MAX_DOCUMENT_CHARS;

  /** One line: its 1-based number and its text, or why it could not be read. */
  record Line(long number, Optional<String> text, Optional<String> problem) {}

  private final InputStream in;
  private long number;

  LineReader(InputStream in) {
    this.in = new BufferedInputStream(in);
  }

  /** Returns the next line, or empty at the end of the input. */
  Optional<Line> next() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    boolean tooLong = false;
    int b = in.read();
    if (b == -1) {
      return Optional.empty();
    }
    while (b != -1 && b != '\n') {
      if (bytes.size() < MAX_LINE_BYTES) {
        bytes.write(b);
      } else {
        tooLong = true;
      }
      b = in.read();
    }
    number++;
    if (tooLong) {
      return Optional.of(
          new Line(
              number,
              Optional.empty(),
              Optional.of(
                  String.format(
                      Locale.ROOT,
                      "line is longer than the limit of %d bytes",
                      MAX_LINE_BYTES))));
    }
    byte[] raw = bytes.toByteArray();
    int length = raw.length > 0 && raw[raw.length - 1] == '\r' ? raw.length - 1 : raw.length;
    try {
      String text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(raw, 0, length))
              .toString();
      return Optional.of(new Line(number, Optional.of(text), Optional.empty()));
    } catch (CharacterCodingException e) {
      return Optional.of(
          new Line(number, Optional.empty(), Optional.of("input is not valid UTF-8 text")));
    }
  }
}
