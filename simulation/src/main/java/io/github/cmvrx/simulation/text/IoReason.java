package io.github.cmvrx.simulation.text;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Says why a file cannot be read or written in a person's words (issue 12 item 16): never the
 * exception's class name or a bare path.
 */
public final class IoReason {
  private IoReason() {}

  /**
   * Returns the reason an I/O operation failed.
   *
   * @param e the failure
   * @return e.g. {@code "no such file"}, {@code "permission denied"}, {@code "is a directory"}
   */
  public static String of(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "no such file";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof FileAlreadyExistsException) {
      return "already exists";
    }
    if (e instanceof NotDirectoryException) {
      return "a part of the path is a file, not a folder";
    }
    if (e instanceof CharacterCodingException) {
      return "not valid UTF-8 text";
    }
    String m = e.getMessage();
    if (m != null && m.contains("Is a directory")) {
      return "is a directory";
    }
    return m == null ? "read or write failed" : Escape.text(m);
  }

  /**
   * Returns why {@code path} cannot be read as a file, or empty if it can.
   *
   * @param path the file
   * @return the reason, or empty
   */
  public static Optional<String> unreadable(Path path) {
    if (!Files.exists(path)) {
      return Optional.of("no such file");
    }
    if (Files.isDirectory(path)) {
      return Optional.of("is a directory");
    }
    if (!Files.isReadable(path)) {
      return Optional.of("permission denied");
    }
    return Optional.empty();
  }

  /**
   * Returns why {@code dir} cannot be used as an output folder, or empty if it can (it is then
   * created if missing).
   *
   * @param dir the output folder
   * @return the reason, or empty
   */
  public static Optional<String> unwritableFolder(Path dir) {
    if (Files.exists(dir) && !Files.isDirectory(dir)) {
      return Optional.of("exists and is not a folder");
    }
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      return Optional.of("cannot create the folder: " + of(e));
    }
    if (!Files.isWritable(dir)) {
      return Optional.of("the folder is not writable");
    }
    return Optional.empty();
  }
}
