package io.github.cmvrx.fhir.hooks;

import ca.uhn.fhir.parser.DataFormatException;
import io.github.cmvrx.fhir.FhirCaseReader;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import org.hl7.fhir.r4.model.Resource;

/**
 * Fetches a prefetch query that the EHR did not send from its FHIR server ({@code fhirServer}),
 * with the access token it gave and a timeout; a failed or late fetch leaves the resources out,
 * so the case reader refuses what it then lacks (decision record 1104). Thread-safe.
 */
final class PrefetchFetcher {
  private final HttpClient client;
  private final Duration timeout;

  PrefetchFetcher(Duration timeout) {
    this.timeout = timeout;
    this.client = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER).build();
  }

  Optional<Resource> fetch(String server, String query, String accessToken, String key) {
    String base = server.endsWith("/") ? server : server + "/";
    URI uri;
    try {
      uri = URI.create(base + query.replace("|", "%7C").replace(" ", "%20"));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
    if (!"https".equals(uri.getScheme()) && !"http".equals(uri.getScheme())) {
      return Optional.empty();
    }
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri).timeout(timeout).header("Accept", "application/fhir+json").GET();
    if (!accessToken.isEmpty()) {
      request.header("Authorization", "Bearer " + accessToken);
    }
    try {
      HttpResponse<String> response =
          client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      if (response.statusCode() != 200) {
        return Optional.empty();
      }
      return Optional.of((Resource) FhirCaseReader.jsonParser().parseResource(response.body()));
    } catch (IOException | DataFormatException | ClassCastException e) {
      return Optional.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    }
  }
}
