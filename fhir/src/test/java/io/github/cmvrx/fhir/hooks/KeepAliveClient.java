package io.github.cmvrx.fhir.hooks;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * A lean HTTP/1.1 client for the load test: one keep-alive connection to the service on
 * loopback, one request at a time, no threads of its own. The JDK HttpClient costs more CPU per
 * request than the service itself on a small machine (selector thread, futures, hand-offs), so a
 * load test that runs it in the same JVM mostly measures the client. This client writes a
 * prepared request and reads a response with a {@code Content-Length} body; a response that asks
 * to close the connection (the service does so after every error) is honoured by reconnecting
 * before the next request. Not thread-safe: one per load-test thread.
 */
final class KeepAliveClient implements AutoCloseable {
  /** A response: status code and body bytes. */
  record Response(int status, byte[] body) {
    boolean bodyContains(byte[] needle) {
      outer:
      for (int i = 0; i + needle.length <= body.length; i++) {
        for (int j = 0; j < needle.length; j++) {
          if (body[i + j] != needle[j]) {
            continue outer;
          }
        }
        return true;
      }
      return false;
    }
  }

  private static final int MAX_HEADER_BYTES = 16 * 1024;

  private final int port;
  private final int timeoutMillis;
  private Optional<Socket> socket = Optional.empty();
  private byte[] headerBuffer = new byte[1024];
  private InputStream in = InputStream.nullInputStream();

  KeepAliveClient(int port, int timeoutMillis) {
    this.port = port;
    this.timeoutMillis = timeoutMillis;
  }

  /**
   * Returns the bytes of a POST request with a JSON body.
   *
   * @param port the service's port (for the Host header, which the service uses for the JWT's
   *     {@code aud} when no public URL is set)
   * @param path the request path
   * @param authorization the Authorization header value, if any
   * @param body the JSON body
   * @return the request bytes
   */
  static byte[] post(int port, String path, Optional<String> authorization, byte[] body) {
    StringBuilder head = new StringBuilder(256);
    head.append("POST ").append(path).append(" HTTP/1.1\r\n")
        .append("Host: 127.0.0.1:").append(port).append("\r\n")
        .append("Content-Type: application/json\r\n")
        .append("Content-Length: ").append(body.length).append("\r\n");
    authorization.ifPresent(a -> head.append("Authorization: ").append(a).append("\r\n"));
    head.append("\r\n");
    byte[] h = head.toString().getBytes(StandardCharsets.US_ASCII);
    byte[] all = Arrays.copyOf(h, h.length + body.length);
    System.arraycopy(body, 0, all, h.length, body.length);
    return all;
  }

  /**
   * Sends a prepared request and reads the response.
   *
   * @param request the bytes from {@link #post}
   * @return the response
   * @throws IOException if the connection fails or the response is not HTTP/1.1 with a length
   */
  Response send(byte[] request) throws IOException {
    try {
      return exchange(request);
    } catch (IOException | RuntimeException e) {
      // Never reuse a connection left in an unknown state.
      close();
      throw e;
    }
  }

  private Response exchange(byte[] request) throws IOException {
    Socket s = socket.isPresent() ? socket.get() : connect();
    OutputStream out = s.getOutputStream();
    out.write(request);
    out.flush();
    int headerLength = readHeader();
    String header = new String(headerBuffer, 0, headerLength, StandardCharsets.ISO_8859_1);
    if (!header.startsWith("HTTP/1.1 ") || header.length() < 12) {
      close();
      throw new IOException("not an HTTP/1.1 status line: " + header.lines().findFirst().orElse(""));
    }
    int status = Integer.parseInt(header.substring(9, 12));
    int length = -1;
    boolean closeAfter = false;
    for (String line : header.split("\r\n")) {
      String lower = line.toLowerCase(Locale.ROOT);
      if (lower.startsWith("content-length:")) {
        length = Integer.parseInt(line.substring(15).trim());
      } else if (lower.startsWith("connection:") && lower.contains("close")) {
        closeAfter = true;
      }
    }
    if (length < 0) {
      close();
      throw new IOException("response without Content-Length (status " + status + ")");
    }
    byte[] body = in.readNBytes(length);
    if (body.length != length) {
      close();
      throw new EOFException("response body ended after " + body.length + " of " + length + " bytes");
    }
    if (closeAfter) {
      close();
    }
    return new Response(status, body);
  }

  private Socket connect() throws IOException {
    Socket s = new Socket(InetAddress.getLoopbackAddress(), port);
    s.setTcpNoDelay(true);
    s.setSoTimeout(timeoutMillis);
    socket = Optional.of(s);
    in = new BufferedInputStream(s.getInputStream(), 8192);
    return s;
  }

  /** Reads up to and including the blank line; returns the header length without it. */
  private int readHeader() throws IOException {
    int n = 0;
    while (true) {
      int b = in.read();
      if (b < 0) {
        close();
        throw new EOFException("connection closed before a response header");
      }
      if (n == headerBuffer.length) {
        if (n >= MAX_HEADER_BYTES) {
          close();
          throw new IOException("response header longer than " + MAX_HEADER_BYTES + " bytes");
        }
        headerBuffer = Arrays.copyOf(headerBuffer, n * 2);
      }
      headerBuffer[n++] = (byte) b;
      if (n >= 4
          && headerBuffer[n - 4] == '\r'
          && headerBuffer[n - 3] == '\n'
          && headerBuffer[n - 2] == '\r'
          && headerBuffer[n - 1] == '\n') {
        return n - 4;
      }
    }
  }

  @Override
  public void close() throws IOException {
    if (socket.isPresent()) {
      Socket s = socket.get();
      socket = Optional.empty();
      in = InputStream.nullInputStream();
      s.close();
    }
  }
}
