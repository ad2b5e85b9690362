package io.github.cmvrx.cli;

import com.nimbusds.jose.jwk.JWKSet;
import io.github.cmvrx.core.text.Disclaimer;
import io.github.cmvrx.dosing.policy.Policy;
import io.github.cmvrx.fhir.hooks.CdsService;
import io.github.cmvrx.fhir.hooks.ClientTrust;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.text.ParseException;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code serve --port P}: the CDS Hooks 2.0 service (docs/fhir.md, decision records 1104 and
 * 1105). Needs {@code --jwks FILE --issuer ISS}, or {@code --insecure-no-auth}, which prints a
 * warning. Runs until interrupted.
 */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Run the CDS Hooks 2.0 service (discovery at /cds-services; patient-view, order-select,",
      "order-sign, feedback). Every request needs a JWT from the EHR (--jwks, --issuer)."
    })
public final class ServeCommand implements Callable<Integer> {
  @Spec
  @SuppressWarnings("NullAway.Init") // injected by picocli before call()
  private CommandSpec spec;

  @Option(names = "--port", required = true, paramLabel = "P", description = "TCP port (0: any free port).")
  private int port;

  @Option(names = "--host", paramLabel = "H", description = "Address to bind (default: 127.0.0.1).")
  private String host = "127.0.0.1";

  @Option(names = "--jwks", paramLabel = "FILE", description = "The trusted EHR's JWK Set (public keys).")
  private @Nullable Path jwks;

  @Option(names = "--issuer", paramLabel = "ISS", description = "The EHR's issuer (the JWT's iss).")
  private @Nullable String issuer;

  @Option(names = "--public-url", paramLabel = "URL", description = "The base URL the EHR calls, for the JWT's aud (default: http:// + Host header).")
  private @Nullable String publicUrl;

  @Option(names = "--insecure-no-auth", description = "Accept requests without a JWT (development only; prints a warning).")
  private boolean insecure;

  @Option(names = "--threads", paramLabel = "N", description = "Request threads (default: twice the processors, at least 4).")
  private int threads = CdsService.Config.defaultThreads();

  @Option(names = "--policy", paramLabel = "FILE", description = "Policy JSON file with local dosing choices.")
  private @Nullable Path policyFile;

  /** Creates the command (picocli instantiates it). */
  public ServeCommand() {}

  @Override
  public Integer call() throws IOException {
    CommandLine cl = spec.commandLine();
    PrintWriter err = cl.getErr();
    Policy policy = PolicyFiles.readOrUsageError(cl, policyFile, "--policy");
    if (port < 0 || port > 65535) {
      throw new CommandLine.ParameterException(cl, "--port: value " + port + " is not in [0, 65535]");
    }
    if (threads < 1 || threads > 256) {
      throw new CommandLine.ParameterException(cl, "--threads: value " + threads + " is not in [1, 256]");
    }
    Optional<ClientTrust> trust;
    if (insecure) {
      if (jwks != null || issuer != null) {
        throw new CommandLine.ParameterException(cl, "--insecure-no-auth cannot be combined with --jwks or --issuer");
      }
      trust = Optional.empty();
    } else {
      if (jwks == null || issuer == null) {
        throw new CommandLine.ParameterException(
            cl, "serve needs --jwks FILE and --issuer ISS (or --insecure-no-auth for development)");
      }
      JWKSet keys;
      try {
        keys = JWKSet.load(jwks.toFile());
      } catch (IOException | ParseException e) {
        throw new CommandLine.ParameterException(cl, "--jwks " + jwks + ": not a readable JWK Set: " + e.getMessage(), e);
      }
      if (keys.getKeys().isEmpty()) {
        throw new CommandLine.ParameterException(cl, "--jwks " + jwks + ": the JWK Set holds no key");
      }
      trust = Optional.of(new ClientTrust(keys, issuer, Clock.systemUTC()));
    }
    CdsService.Config defaults = CdsService.Config.defaults(new InetSocketAddress(host, port), trust);
    CdsService.Config config =
        new CdsService.Config(
            defaults.address(),
            trust,
            Optional.ofNullable(publicUrl).map(u -> u.endsWith("/") ? u.substring(0, u.length() - 1) : u),
            policy,
            threads,
            defaults.maxBodyBytes(),
            defaults.allowedOrigin(),
            trust.isPresent(),
            defaults.fetchTimeout(),
            defaults.clock());
    if (insecure) {
      err.println(
          "cmvrx serve: WARNING: --insecure-no-auth: requests are accepted without a JWT;"
              + " never use this with patient data");
    }
    CdsService service = CdsService.start(config);
    CountDownLatch stopped = new CountDownLatch(1);
    Thread hook =
        new Thread(
            () -> {
              service.close();
              stopped.countDown();
            });
    Runtime.getRuntime().addShutdownHook(hook);
    err.println("cmvrx serve: discovery at http://" + host + ":" + service.port() + "/cds-services");
    err.println(Disclaimer.TEXT);
    err.flush();
    try {
      stopped.await();
    } catch (InterruptedException e) {
      // Stopped by the caller (in-process use and tests): close and return normally.
      Runtime.getRuntime().removeShutdownHook(hook);
      service.close();
      Thread.currentThread().interrupt();
    }
    return Main.EXIT_OK;
  }
}
