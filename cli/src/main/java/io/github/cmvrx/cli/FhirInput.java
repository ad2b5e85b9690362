package io.github.cmvrx.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import picocli.CommandLine;

/**
 * Reads a FHIR JSON document from a file or standard input for {@code recommend --fhir}, {@code
 * cards} and {@code fhir export}: at most {@link #MAX_BYTES} bytes of UTF-8 (a FHIR Bundle holds
 * many resources, so the limit is above the case contract's 1 MiB; decision record 1104). A file
 * that cannot be read is a usage error (exit 2, decision record 0101).
 */
final class FhirInput {
  private FhirInput() {}

  /** The largest FHIR document read: 16 MiB. */
  static final int MAX_BYTES = 16 << 20;

  static String read(CommandLine cl, String input, InputStream stdin, String command) {
    try {
      if (input.equals("-")) {
        return decode(cl, readLimited(cl, stdin, "standard input"), "standard input");
      }
      Path path = Path.of(input);
      if (!Files.isRegularFile(path) || !Files.isReadable(path)) {
        throw new CommandLine.ParameterException(
            cl, command + ": cannot read input file " + input + ": no such readable file");
      }
      try (InputStream in = Files.newInputStream(path)) {
        return decode(cl, readLimited(cl, in, input), input);
      }
    } catch (IOException | InvalidPathException e) {
      throw new CommandLine.ParameterException(
          cl, command + ": cannot read input " + input + ": " + e.getMessage(), e);
    }
  }

  private static byte[] readLimited(CommandLine cl, InputStream in, String name) throws IOException {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    byte[] chunk = new byte[65536];
    int n;
    while ((n = in.read(chunk)) >= 0) {
      buffer.write(chunk, 0, n);
      if (buffer.size() > MAX_BYTES) {
        throw new CommandLine.ParameterException(
            cl, name + ": larger than " + MAX_BYTES + " bytes, the limit for a FHIR document");
      }
    }
    return buffer.toByteArray();
  }

  private static String decode(CommandLine cl, byte[] bytes, String name) {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(java.nio.ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      throw new CommandLine.ParameterException(cl, name + ": not valid UTF-8");
    }
  }

  /** Parses {@code --as-of YYYY-MM-DD}, or empty. */
  static Optional<LocalDate> asOf(CommandLine cl, Optional<String> text) {
    if (text.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(text.get()));
    } catch (java.time.format.DateTimeParseException e) {
      throw new CommandLine.ParameterException(
          cl, "--as-of: value " + text.get() + " is not a date YYYY-MM-DD");
    }
  }

  /** Today in UTC: the evaluation date when neither --as-of nor Bundle.timestamp gives one. */
  static LocalDate today() {
    return LocalDate.now(Clock.systemUTC().withZone(ZoneOffset.UTC));
  }
}
