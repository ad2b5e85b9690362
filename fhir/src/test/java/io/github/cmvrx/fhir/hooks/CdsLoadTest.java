package io.github.cmvrx.fhir.hooks;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.github.cmvrx.core.model.PatientCase;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * A bounded load test over loopback: 16 concurrent clients post {@code patient-view} requests
 * with prefetch (the HIV encephalitis example) and the latencies are measured client-side. Each
 * client is a {@link KeepAliveClient} (one keep-alive HTTP/1.1 connection, no threads of its own),
 * so that the client's CPU cost stays small next to the service's in the same JVM. The default
 * build runs a small smoke round (400 requests) that checks every answer is 200 with cards.
 * The measured run is opt-in and bounded in count and time (under a minute):
 *
 * <pre>
 * mvn -B -pl fhir -am test -Dtest=CdsLoadTest -Dsurefire.failIfNoSpecifiedTests=false -Dcmvrx.load=true
 * </pre>
 *
 * It prints requests/s, p50/p99, the process CPU time per request (client and server) and its
 * split by thread group (service, clients, HTTP dispatcher, JIT compiler, GC), for the service
 * without authentication and with ES384 JWT trust (each token signed by the client just before
 * sending). fhir/README.md records the figures.
 */
class CdsLoadTest {
  static final int CLIENTS = 16;

  record Result(
      int requests,
      double seconds,
      long[] nanos,
      int failures,
      double cpuMsPerRequest,
      String cpuByThreadGroup) {
    double perSecond() {
      return requests / seconds;
    }

    double percentileMs(double p) {
      long[] sorted = nanos.clone();
      Arrays.sort(sorted);
      int i = (int) Math.min(sorted.length - 1, Math.ceil(p / 100.0 * sorted.length) - 1);
      return sorted[Math.max(0, i)] / 1e6;
    }

    String line(String name) {
      return String.format(
          Locale.ROOT,
          "%s: %d requests by %d clients in %.2f s = %.0f requests/s; p50 %.2f ms, p99 %.2f ms;"
              + " %d failures; process CPU %.3f ms per request (client and server);"
              + " load average %.2f; %s; %s",
          name, requests, CLIENTS, seconds, perSecond(), percentileMs(50), percentileMs(99), failures,
          cpuMsPerRequest,
          loadAverage(),
          Instant.now(),
          cpuByThreadGroup);
    }
  }

  static Result run(
      CdsService service, String body, int requests, Duration limit, Optional<java.util.function.IntFunction<String>> tokens)
      throws Exception {
    String path = "/cds-services/cmvrx-patient-view";
    byte[] bodyBytes = body.getBytes(StandardCharsets.UTF_8);
    byte[] unsigned = KeepAliveClient.post(service.port(), path, Optional.empty(), bodyBytes);
    byte[] cards = "\"cards\"".getBytes(StandardCharsets.UTF_8);
    long[] nanos = new long[requests];
    AtomicInteger next = new AtomicInteger();
    AtomicInteger failures = new AtomicInteger();
    AtomicInteger done = new AtomicInteger();
    long deadline = System.nanoTime() + limit.toNanos();
    AtomicInteger clientNumber = new AtomicInteger();
    ExecutorService pool =
        Executors.newFixedThreadPool(CLIENTS, task -> new Thread(task, "load-client-" + clientNumber.incrementAndGet()));
    Map<String, Double> threads0 = ThreadCpu.snapshot();
    Map<String, Double> threads1 = Map.of();
    long start = System.nanoTime();
    long cpu0 = processCpuNanos();
    try {
      Callable<Void> client =
          () -> {
            try (KeepAliveClient connection = new KeepAliveClient(service.port(), 10_000)) {
              for (int i = next.getAndIncrement();
                  i < requests && System.nanoTime() < deadline;
                  i = next.getAndIncrement()) {
                // With JWT trust each request carries a token signed just before sending
                // (outside the timed span), so no token nears its exp however slow the box is.
                byte[] request =
                    tokens.isPresent()
                        ? KeepAliveClient.post(service.port(), path, Optional.of("Bearer " + tokens.get().apply(i)), bodyBytes)
                        : unsigned;
                long t0 = System.nanoTime();
                try {
                  KeepAliveClient.Response r = connection.send(request);
                  if (r.status() != 200 || !r.bodyContains(cards)) {
                    failures.incrementAndGet();
                  }
                } catch (IOException e) {
                  failures.incrementAndGet();
                }
                nanos[i] = System.nanoTime() - t0;
                done.incrementAndGet();
              }
            }
            return null;
          };
      List<Future<Void>> futures = new ArrayList<>();
      for (int c = 0; c < CLIENTS; c++) {
        futures.add(pool.submit(client));
      }
      for (Future<Void> f : futures) {
        f.get();
      }
      // Before the client threads end: a thread's CPU time goes with it.
      threads1 = ThreadCpu.snapshot();
    } finally {
      pool.shutdownNow();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    int n = done.get();
    double cpuMs = (processCpuNanos() - cpu0) / 1e6 / Math.max(1, n);
    String byGroup = ThreadCpu.perRequest(threads0, threads1, n);
    return new Result(n, seconds, Arrays.copyOf(nanos, n), failures.get(), cpuMs, byGroup);
  }

  static long processCpuNanos() {
    return ProcessHandle.current().info().totalCpuDuration().map(Duration::toNanos).orElse(0L);
  }

  /** The 1-minute load average (Linux), or -1 where it cannot be read. */
  static double loadAverage() {
    try {
      return Double.parseDouble(
          java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).split(" ")[0]);
    } catch (java.io.IOException | RuntimeException e) {
      return -1;
    }
  }

  static String body() throws Exception {
    PatientCase c = CdsServiceTest.example("hiv-cmv-encephalitis.json");
    return HookRequests.request("patient-view", UUID.randomUUID().toString(), HookRequests.prefetch(c, LocalDate.now(Clock.systemUTC()))).toString();
  }

  static CdsService open() throws Exception {
    InetSocketAddress loopback = new InetSocketAddress(InetAddress.getLoopbackAddress(), 0);
    return CdsService.start(CdsService.Config.defaults(loopback, Optional.empty()));
  }

  @Test
  void smoke_16Clients400Requests_allAnswered() throws Exception {
    try (CdsService service = open()) {
      Result r = run(service, body(), 400, Duration.ofSeconds(60), Optional.empty());
      System.out.println(r.line("smoke (not a measurement)"));
      assertThat(r.failures()).isZero();
      assertThat(r.requests()).isEqualTo(400);
    }
  }

  @Test
  void measured_whenAskedFor() throws Exception {
    org.junit.jupiter.api.Assumptions.assumeTrue(
        Boolean.getBoolean("cmvrx.load"), "set -Dcmvrx.load=true for the measured run");
    String body = body();
    // Bounded: at most 15 + 15 s without authentication, then 3 + 10 s with JWTs (same JVM, so
    // the shared path is compiled by then). The JIT compiler needs some 15,000 requests; on a
    // quiet 2-core machine the warm-up gives it more than that, on a loaded one compilation
    // still shows in the "jit" share of the measured span.
    int warmup = 60_000;
    int requests = 60_000;
    try (CdsService service = open()) {
      Result w = run(service, body, warmup, Duration.ofSeconds(15), Optional.empty());
      assertThat(w.failures()).isZero();
      Result r = run(service, body, requests, Duration.ofSeconds(15), Optional.empty());
      System.out.println(r.line("patient-view, --insecure-no-auth"));
      assertThat(r.failures()).isZero();
    }
    ECKey key = new ECKeyGenerator(Curve.P_384).keyID("k").generate();
    InetSocketAddress loopback = new InetSocketAddress(InetAddress.getLoopbackAddress(), 0);
    ClientTrust trust = new ClientTrust(new JWKSet(key), "https://ehr.example.org", Clock.systemUTC());
    try (CdsService service = CdsService.start(CdsService.Config.defaults(loopback, Optional.of(trust)))) {
      String aud = "http://127.0.0.1:" + service.port() + "/cds-services/cmvrx-patient-view";
      ECDSASigner signer = new ECDSASigner(key);
      java.util.function.IntFunction<String> sign =
          i -> {
            try {
              SignedJWT jwt =
                  new SignedJWT(
                      new JWSHeader.Builder(JWSAlgorithm.ES384).keyID("k").build(),
                      new JWTClaimsSet.Builder()
                          .issuer("https://ehr.example.org")
                          .audience(aud)
                          .expirationTime(Date.from(Instant.now().plusSeconds(290)))
                          .jwtID(UUID.randomUUID().toString())
                          .build());
              jwt.sign(signer);
              return jwt.serialize();
            } catch (com.nimbusds.jose.JOSEException e) {
              throw new IllegalStateException(e);
            }
          };
      Result w = run(service, body, warmup, Duration.ofSeconds(3), Optional.of(sign));
      assertThat(w.failures()).isZero();
      Result r = run(service, body, requests, Duration.ofSeconds(10), Optional.of(sign));
      System.out.println(r.line("patient-view, ES384 JWT (client signs each token; CPU includes it)"));
      assertThat(r.failures()).isZero();
    }
  }
}
