package io.github.cmvrx.fhir.hooks;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * CDS Hooks 2.0 "Trusting CDS Clients": a request is trusted only with a bearer JWT signed with
 * RS384 or ES384 by a key of the EHR's JWK Set, whose {@code iss} is the configured issuer,
 * {@code aud} the URL of the service called, {@code exp} in the future and at most five minutes
 * away, and whose {@code jti} was not seen before (kept until its {@code exp}). The caller learns
 * only yes or no: why a token failed is never told (decision record 1105). Thread-safe.
 */
public final class ClientTrust {
  /** The longest lifetime a token may still have (CDS Hooks 2.0: exp at most 5 minutes). */
  public static final Duration MAX_LIFETIME = Duration.ofMinutes(5);

  /** The most token ids kept for replay detection; beyond it, new tokens are refused. */
  static final int MAX_REPLAY_ENTRIES = 200_000;

  private static final Set<JWSAlgorithm> ALGORITHMS = Set.of(JWSAlgorithm.RS384, JWSAlgorithm.ES384);

  private final JWKSet keys;
  private final String issuer;
  private final Clock clock;
  private final Map<String, Instant> seen = new ConcurrentHashMap<>();

  /**
   * Creates the checks.
   *
   * @param keys the trusted EHR's public keys
   * @param issuer the EHR's issuer, compared exactly with {@code iss}
   * @param clock the clock for {@code exp}
   */
  public ClientTrust(JWKSet keys, String issuer, Clock clock) {
    this.keys = keys.toPublicJWKSet();
    this.issuer = issuer;
    this.clock = clock;
  }

  /**
   * Returns whether a request carrying this Authorization header for this service URL is trusted.
   *
   * @param authorization the Authorization header, or null when absent
   * @param audience the URL of the service called
   * @return true if every check passes; false otherwise, without saying which failed
   */
  public boolean trusted(@org.jspecify.annotations.Nullable String authorization, String audience) {
    if (authorization == null || !authorization.startsWith("Bearer ")) {
      return false;
    }
    SignedJWT jwt;
    JWTClaimsSet claims;
    try {
      jwt = SignedJWT.parse(authorization.substring("Bearer ".length()).trim());
      claims = jwt.getJWTClaimsSet();
    } catch (ParseException e) {
      return false;
    }
    JWSHeader header = jwt.getHeader();
    if (!ALGORITHMS.contains(header.getAlgorithm()) || !verified(jwt, header)) {
      return false;
    }
    Instant now = clock.instant();
    Date exp = claims.getExpirationTime();
    String jti = claims.getJWTID();
    List<String> aud = claims.getAudience();
    if (exp == null || jti == null || jti.isEmpty() || aud == null) {
      return false;
    }
    Instant expires = exp.toInstant();
    if (!expires.isAfter(now) || expires.isAfter(now.plus(MAX_LIFETIME))) {
      return false;
    }
    if (!issuer.equals(claims.getIssuer()) || !aud.contains(audience)) {
      return false;
    }
    if (seen.size() >= MAX_REPLAY_ENTRIES) {
      seen.values().removeIf(e -> !e.isAfter(now));
      if (seen.size() >= MAX_REPLAY_ENTRIES) {
        return false;
      }
    }
    return seen.putIfAbsent(jti, expires) == null;
  }

  private boolean verified(SignedJWT jwt, JWSHeader header) {
    String kid = header.getKeyID();
    for (JWK key : keys.getKeys()) {
      if (kid != null && !kid.equals(key.getKeyID())) {
        continue;
      }
      try {
        JWSVerifier verifier;
        if (header.getAlgorithm().equals(JWSAlgorithm.RS384) && key instanceof RSAKey rsa) {
          verifier = new RSASSAVerifier(rsa);
        } else if (header.getAlgorithm().equals(JWSAlgorithm.ES384) && key instanceof ECKey ec) {
          verifier = new ECDSAVerifier(ec);
        } else {
          continue;
        }
        if (jwt.verify(verifier)) {
          return true;
        }
      } catch (JOSEException e) {
        // A key of the wrong curve or size: try the next one.
      }
    }
    return false;
  }
}
