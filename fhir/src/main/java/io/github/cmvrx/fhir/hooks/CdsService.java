package io.github.cmvrx.fhir.hooks;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.github.cmvrx.contract.JsonLimits;
import io.github.cmvrx.dosing.policy.Policy;
import io.github.cmvrx.fhir.FhirCaseReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The CDS Hooks 2.0 service over HTTP: {@code GET /cds-services} (discovery), {@code POST
 * /cds-services/{id}} (patient-view, order-select, order-sign), {@code POST
 * /cds-services/{id}/feedback}, and CORS preflight. Every other request needs a trusted bearer
 * JWT when {@link Config#trust} is set (401 without saying why otherwise). A request body larger
 * than {@link Config#maxBodyBytes} gets 413; a request that cannot be read gets 400 with an
 * OperationOutcome naming the element; an internal failure gets 500 with a generic
 * OperationOutcome. No stack trace is ever written to a response.
 */
public final class CdsService implements AutoCloseable {
  /** The path of discovery and the prefix of the services. */
  public static final String BASE_PATH = "/cds-services";

  /**
   * The service's settings.
   *
   * @param address where to listen
   * @param trust the EHR's keys and issuer; empty only with {@code --insecure-no-auth}
   * @param publicBaseUrl the URL the EHR calls (for {@code aud}), e.g. {@code
   *     https://cds.example.org}; when empty, {@code http://} plus the request's Host header
   * @param policy the local dosing choices
   * @param threads request threads
   * @param maxBodyBytes the largest request body accepted
   * @param allowedOrigin the CORS {@code Access-Control-Allow-Origin} value
   * @param fetchMissingPrefetch whether to fetch missing prefetch from {@code fhirServer}
   * @param fetchTimeout the timeout of one such fetch
   * @param clock the clock (token expiry, evaluation date)
   */
  public record Config(
      InetSocketAddress address,
      Optional<ClientTrust> trust,
      Optional<String> publicBaseUrl,
      Policy policy,
      int threads,
      int maxBodyBytes,
      String allowedOrigin,
      boolean fetchMissingPrefetch,
      Duration fetchTimeout,
      Clock clock) {

    /**
     * Returns the defaults for an address: {@link #defaultThreads()} request threads, the
     * contract's 1 MiB document limit, CORS for any origin, a 5-second fetch timeout, the UTC
     * system clock, default policy.
     *
     * @param address where to listen
     * @param trust the client trust, or empty for an insecure service
     * @return the settings
     */
    public static Config defaults(InetSocketAddress address, Optional<ClientTrust> trust) {
      return new Config(
          address,
          trust,
          Optional.empty(),
          Policy.defaults(),
          defaultThreads(),
          JsonLimits.MAX_DOCUMENT_CHARS,
          "*",
          trust.isPresent(),
          Duration.ofSeconds(5),
          Clock.systemUTC());
    }

    /**
     * Returns the default number of request threads: twice the processors, at least 4
     * (decision record 1111). Answering a hook is CPU work; idle keep-alive connections hold no
     * thread (the server's dispatcher watches them), so more threads than this only adds
     * switching. A deployment whose EHR often leaves prefetch out, so that the service fetches
     * it (up to 5 s per fetch), raises it with {@code --threads}.
     *
     * @return the thread count
     */
    public static int defaultThreads() {
      return Math.max(4, 2 * Runtime.getRuntime().availableProcessors());
    }
  }

  static {
    // The JDK's HTTP server writes a response's headers and its body in separate writes; without
    // TCP_NODELAY the body waits for the client's delayed ACK (about 40 ms on Linux) on every
    // keep-alive exchange, which capped the load test at about 350 requests/s with the CPU half
    // idle (decision 1111). The server reads this property once, when its configuration class
    // loads; a value the operator set is kept.
    if (System.getProperty("sun.net.httpserver.nodelay") == null) {
      System.setProperty("sun.net.httpserver.nodelay", "true");
    }
  }

  private final HttpServer server;
  private final ExecutorService executor;
  private final Config config;
  private final ObjectMapper mapper;
  private final HookProcessor processor;
  private final AtomicLong feedback = new AtomicLong();

  private CdsService(Config config) throws IOException {
    this.config = config;
    JsonFactory factory =
        JsonFactory.builder()
            .streamReadConstraints(
                StreamReadConstraints.builder()
                    .maxDocumentLength(config.maxBodyBytes())
                    // FHIR resources nest deeper than the case contract's 32 levels.
                    .maxNestingDepth(64)
                    .maxNumberLength(JsonLimits.MAX_NUMBER_CHARS)
                    .maxNameLength(JsonLimits.MAX_NAME_CHARS)
                    .maxStringLength(config.maxBodyBytes())
                    .build())
            .build();
    // Exact decimals, as HAPI FHIR reads them: prefetch entries go to its parser as trees.
    this.mapper = FhirCaseReader.treeMapper(factory);
    this.processor =
        new HookProcessor(
            mapper, config.policy(), config.clock(), new PrefetchFetcher(config.fetchTimeout()));
    this.server = HttpServer.create(config.address(), 64);
    AtomicLong threadNumber = new AtomicLong();
    this.executor =
        Executors.newFixedThreadPool(
            config.threads(),
            task -> new Thread(task, "cds-service-" + threadNumber.incrementAndGet()));
    server.setExecutor(executor);
    server.createContext("/", this::handle);
  }

  /**
   * Starts a service.
   *
   * @param config the settings
   * @return the running service
   * @throws IOException if the address cannot be bound
   */
  public static CdsService start(Config config) throws IOException {
    CdsService s = new CdsService(config);
    s.server.start();
    return s;
  }

  /**
   * Returns the port listened on (useful with port 0).
   *
   * @return the port
   */
  public int port() {
    return server.getAddress().getPort();
  }

  /**
   * Returns how many feedback reports were received.
   *
   * @return the count
   */
  public long feedbackCount() {
    return feedback.get();
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdown();
    try {
      if (!executor.awaitTermination(5, TimeUnit.SECONDS)) {
        executor.shutdownNow();
      }
    } catch (InterruptedException e) {
      executor.shutdownNow();
      Thread.currentThread().interrupt();
    }
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      try {
        route(exchange);
      } catch (RuntimeException e) {
        // The boundary of the service: never a stack trace in a response (decision record 1104).
        send(exchange, 500, outcome("exception", "internal error", Optional.empty()));
      }
    }
  }

  private void route(HttpExchange exchange) throws IOException {
    Headers out = exchange.getResponseHeaders();
    out.set("Access-Control-Allow-Origin", config.allowedOrigin());
    out.set("Access-Control-Allow-Methods", "GET, POST, OPTIONS");
    out.set("Access-Control-Allow-Headers", "Authorization, Content-Type");
    out.set("Access-Control-Max-Age", "600");
    out.set("Cache-Control", "no-store");
    String method = exchange.getRequestMethod().toUpperCase(Locale.ROOT);
    String path = exchange.getRequestURI().getPath();
    if (method.equals("OPTIONS")) {
      exchange.sendResponseHeaders(204, -1);
      return;
    }
    if (config.trust().isPresent()) {
      String host = exchange.getRequestHeaders().getFirst("Host");
      String base = config.publicBaseUrl().orElse(host == null ? "" : "http://" + host);
      if (base.isEmpty()
          || !config
              .trust()
              .get()
              .trusted(exchange.getRequestHeaders().getFirst("Authorization"), base + path)) {
        out.set("WWW-Authenticate", "Bearer");
        send(exchange, 401, outcome("login", "not authorized", Optional.empty()));
        return;
      }
    }
    List<String> parts = List.of(path.split("/"));
    // "/cds-services" -> ["", "cds-services"]; "/cds-services/x" -> [.., "x"]; ".../feedback".
    if (parts.size() < 2 || !parts.get(1).equals("cds-services") || parts.size() > 4) {
      send(exchange, 404, outcome("not-found", "no such resource: " + path, Optional.empty()));
      return;
    }
    if (parts.size() == 2) {
      if (!method.equals("GET")) {
        methodNotAllowed(exchange, "GET");
        return;
      }
      send(exchange, 200, Discovery.document(mapper));
      return;
    }
    Optional<String> hook = Discovery.hookOf(parts.get(2));
    if (hook.isEmpty() || (parts.size() == 4 && !parts.get(3).equals("feedback"))) {
      send(exchange, 404, outcome("not-found", "no such service: " + path, Optional.empty()));
      return;
    }
    if (!method.equals("POST")) {
      methodNotAllowed(exchange, "POST");
      return;
    }
    String type = exchange.getRequestHeaders().getFirst("Content-Type");
    if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("application/json")) {
      send(exchange, 415, outcome("invalid", "Content-Type must be application/json", Optional.of("Content-Type")));
      return;
    }
    Optional<byte[]> body = readBody(exchange);
    if (body.isEmpty()) {
      send(
          exchange,
          413,
          outcome("too-costly", "request body larger than " + config.maxBodyBytes() + " bytes", Optional.empty()));
      return;
    }
    JsonNode request;
    try {
      request = mapper.readTree(body.get());
    } catch (JsonProcessingException e) {
      String where =
          e.getLocation() == null
              ? ""
              : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
      send(exchange, 400, outcome("invalid", "not readable JSON" + where + ": " + e.getOriginalMessage(), Optional.of("$")));
      return;
    }
    if (request == null) {
      send(exchange, 400, outcome("invalid", "empty body", Optional.of("$")));
      return;
    }
    if (parts.size() == 4) {
      JsonNode items = request.get("feedback");
      if (items == null || !items.isArray()) {
        send(exchange, 400, outcome("invalid", "missing or not an array", Optional.of("feedback")));
        return;
      }
      feedback.addAndGet(items.size());
      send(exchange, 200, mapper.createObjectNode());
      return;
    }
    try {
      send(exchange, 200, processor.answer(hook.get(), request));
    } catch (BadRequest e) {
      send(exchange, 400, outcome("invalid", String.valueOf(e.getMessage()), Optional.of(e.element())));
    }
  }

  private void methodNotAllowed(HttpExchange exchange, String allowed) throws IOException {
    exchange.getResponseHeaders().set("Allow", allowed + ", OPTIONS");
    send(exchange, 405, outcome("not-supported", "method not allowed; use " + allowed, Optional.empty()));
  }

  /** Reads the body, or returns empty when it is larger than the limit. */
  private Optional<byte[]> readBody(HttpExchange exchange) throws IOException {
    String length = exchange.getRequestHeaders().getFirst("Content-Length");
    if (length != null) {
      try {
        if (Long.parseLong(length.trim()) > config.maxBodyBytes()) {
          return Optional.empty();
        }
      } catch (NumberFormatException e) {
        return Optional.empty();
      }
    }
    InputStream in = exchange.getRequestBody();
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    byte[] chunk = new byte[8192];
    int n;
    while ((n = in.read(chunk)) >= 0) {
      buffer.write(chunk, 0, n);
      if (buffer.size() > config.maxBodyBytes()) {
        return Optional.empty();
      }
    }
    return Optional.of(buffer.toByteArray());
  }

  private ObjectNode outcome(String code, String message, Optional<String> element) {
    ObjectNode o = mapper.createObjectNode();
    o.put("resourceType", "OperationOutcome");
    ObjectNode issue = o.putArray("issue").addObject();
    issue.put("severity", "error");
    issue.put("code", code);
    issue.put("diagnostics", element.map(e -> e + ": " + message).orElse(message));
    element.ifPresent(e -> issue.putArray("expression").add(e));
    return o;
  }

  private void send(HttpExchange exchange, int status, JsonNode body) throws IOException {
    byte[] bytes = mapper.writeValueAsBytes(body);
    exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
    if (status >= 400) {
      // An error may leave part of the request body unread (413, a refused token): close the
      // connection so that no client reuses it mid-request.
      exchange.getResponseHeaders().set("Connection", "close");
    }
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream os = exchange.getResponseBody()) {
      os.write(bytes);
    }
  }
}
