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
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * A bounded load test over loopback: 16 concurrent clients post {@code patient-view} requests
 * with prefetch (the HIV encephalitis example) and the latencies are measured client-side.
 * The default build runs a small smoke round (400 requests) that checks every answer is 200.
 * The measured run is opt-in and bounded in count and time:
 *
 * <pre>
 * mvn -B -pl fhir -am test -Dtest=CdsLoadTest -Dsurefire.failIfNoSpecifiedTests=false -Dcmvrx.load=true
 * </pre>
 *
 * It prints requests/s and p50/p99 for the service without authentication and with ES384 JWT
 * trust (tokens signed before the clock starts). fhir/README.md records the figures.
 */
class CdsLoadTest {
  static final int CLIENTS = 16;

  record Result(int requests, double seconds, long[] nanos, int failures, double cpuMsPerRequest) {
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
              + " %d failures; JVM CPU %.2f ms per request (client and server); load average %.1f",
          name, requests, CLIENTS, seconds, perSecond(), percentileMs(50), percentileMs(99), failures,
          cpuMsPerRequest,
          loadAverage());
    }
  }

  static Result run(
      CdsService service, String body, int requests, Duration limit, Optional<java.util.function.IntFunction<String>> tokens)
      throws Exception {
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).version(HttpClient.Version.HTTP_1_1).build();
    String path = "/cds-services/cmvrx-patient-view";
    URI uri = URI.create("http://127.0.0.1:" + service.port() + path);
    long[] nanos = new long[requests];
    AtomicInteger next = new AtomicInteger();
    AtomicInteger failures = new AtomicInteger();
    AtomicInteger done = new AtomicInteger();
    long deadline = System.nanoTime() + limit.toNanos();
    ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
    long start = System.nanoTime();
    long cpu0 = processCpuNanos();
    try {
      Runnable client1 =
                          () -> {
                            for (int i = next.getAndIncrement(); i < requests && System.nanoTime() < deadline; i = next.getAndIncrement()) {
                              HttpRequest.Builder b =
                                  HttpRequest.newBuilder(uri)
                                      .timeout(Duration.ofSeconds(10))
                                      .header("Content-Type", "application/json")
                                      .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
                              if (tokens.isPresent()) {
                                // Signed just before sending (outside the timed span), so no token
                                // nears its exp however slow the box is.
                                b.header("Authorization", "Bearer " + tokens.get().apply(i));
                              }
                              long t0 = System.nanoTime();
                              try {
                                HttpResponse<String> r = client.send(b.build(), HttpResponse.BodyHandlers.ofString());
                                if (r.statusCode() != 200 || !r.body().contains("\"cards\"")) {
                                  failures.incrementAndGet();
                                }
                              } catch (java.io.IOException e) {
                                failures.incrementAndGet();
                              } catch (InterruptedException e) {
                                Thread.currentThread().interrupt();
                                return;
                              }
                              nanos[i] = System.nanoTime() - t0;
                              done.incrementAndGet();
                            }
                          };
      List<Future<?>> futures = new java.util.ArrayList<>();
      for (int c = 0; c < CLIENTS; c++) {
        futures.add(pool.submit(client1));
      }
      for (Future<?> f : futures) {
        f.get();
      }
    } finally {
      pool.shutdownNow();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    int n = done.get();
    double cpuMs = (processCpuNanos() - cpu0) / 1e6 / Math.max(1, n);
    return new Result(n, seconds, Arrays.copyOf(nanos, n), failures.get(), cpuMs);
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
    int warmup = 2_000;
    int requests = 20_000;
    Duration limit = Duration.ofSeconds(40);
    try (CdsService service = open()) {
      Result w = run(service, body, warmup, limit, Optional.empty());
      assertThat(w.failures()).isZero();
      Result r = run(service, body, requests, limit, Optional.empty());
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
      Result w = run(service, body, warmup, limit, Optional.of(sign));
      assertThat(w.failures()).isZero();
      Result r = run(service, body, requests, limit, Optional.of(sign));
      System.out.println(r.line("patient-view, ES384 JWT (client signs each token; CPU includes it)"));
      assertThat(r.failures()).isZero();
    }
  }
}
