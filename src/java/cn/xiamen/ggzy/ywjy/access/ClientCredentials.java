package cn.xiamen.ggzy.ywjy.access;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * OAuth 2.0 client credentials (RFC 6749 §4.4) at a token endpoint, client authenticated with HTTP Basic
 * (id and secret form-encoded), an RFC 8707 resource when given; the token is cached until 30 s before it
 * expires, one request at a time. The secret never appears in an exception or toString.
 */
public final class ClientCredentials {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final HttpClient http;
  private final String tokenUrl;
  private final String clientId;
  private final String clientSecret;
  private final List<String> scopes;
  private final String resource;
  private final Duration timeout;
  private String token;
  private long expiresAt;

  public ClientCredentials(HttpClient http, String tokenUrl, String clientId, String clientSecret, List<String> scopes, String resource, Duration timeout) {
    this.http = http;
    this.tokenUrl = tokenUrl;
    this.clientId = clientId;
    this.clientSecret = clientSecret;
    this.scopes = scopes == null ? List.of() : List.copyOf(scopes);
    this.resource = resource;
    this.timeout = timeout;
  }

  /** Thrown when the token endpoint gives no token; `status` is its HTTP status (0: no answer). */
  public static final class TokenException extends java.io.IOException {
    public final int status;

    TokenException(String message, int status) {
      super(message);
      this.status = status;
    }
  }

  private static String form(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  /** A valid access token, from the cache or a new one. */
  public synchronized String token() throws java.io.IOException, InterruptedException {
    if (token != null && System.currentTimeMillis() < expiresAt) return token;
    List<String> fields = new ArrayList<>(List.of("grant_type=client_credentials"));
    if (!scopes.isEmpty()) fields.add("scope=" + form(String.join(" ", scopes)));
    if (resource != null) fields.add("resource=" + form(resource));
    String basic = Base64.getEncoder().encodeToString((form(clientId) + ":" + form(clientSecret)).getBytes(StandardCharsets.UTF_8));
    HttpRequest req = HttpRequest.newBuilder(URI.create(tokenUrl)).timeout(timeout)
        .header("Authorization", "Basic " + basic).header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(String.join("&", fields))).build();
    HttpResponse<String> res;
    try {
      res = http.send(req, HttpResponse.BodyHandlers.ofString());
    } catch (java.io.IOException e) {
      throw new TokenException("the token endpoint " + tokenUrl + " did not answer (" + e.getMessage() + ")", 0);
    }
    JsonNode body;
    try {
      body = JSON.readTree(res.body());
    } catch (java.io.IOException e) {
      body = JSON.createObjectNode();
    }
    if (res.statusCode() != 200 || !body.path("access_token").isTextual())
      throw new TokenException(("the token endpoint answered " + res.statusCode() + " " + body.path("error").asText("")).trim(), res.statusCode());
    long ttl = body.path("expires_in").isNumber() ? body.get("expires_in").asLong() : 60;
    token = body.get("access_token").asText();
    expiresAt = System.currentTimeMillis() + Math.max(0, ttl - 30) * 1000;
    return token;
  }

  /** Forgets the cached token (after the server refused it). */
  public synchronized void invalidate() {
    token = null;
  }

  @Override
  public String toString() {
    return "ClientCredentials(" + clientId + " at " + tokenUrl + ")";
  }
}
