package cn.xiamen.ggzy.ywjy.access;

import cn.xiamen.ggzy.ywjy.spec.AccessApi;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleSupplier;

/**
 * A client of the access standard — what the platform (or a conformance runner, or a vendor's own test)
 * calls on a trading system — over the operations of cn.xiamen.ggzy.ywjy.spec.AccessApi: the platform
 * token from client credentials (renewed once on a 401), a timeout per attempt, and retries with
 * exponential back-off and full jitter on 429 and 503, honouring Retry-After (up to maxDelay).
 *
 * <pre>
 *   var tokens = new ClientCredentials(http, tokenUrl, "platform", secret, List.of("records:read"), "urn:ywjy:system:0201", Duration.ofSeconds(10));
 *   var client = new AccessClient("http://127.0.0.1:8585", tokens);
 *   for (JsonNode item : client.allRecords(501, null)) System.out.println(item.path("record").path("DATA_KEY").asText());
 * </pre>
 */
public final class AccessClient {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** An answer: status, headers, and the JSON body (null when there is none). */
  public record Response(int status, java.net.http.HttpHeaders headers, JsonNode body) {
    public boolean ok() {
      return status >= 200 && status < 300;
    }
  }

  /** A problem+json answer that is not a success, as an exception: its status and code. */
  public static final class ProblemException extends IOException {
    public final int status;
    public final String code;
    public final JsonNode problem;

    ProblemException(Response r) {
      super(r.status() + " " + r.body().path("code").asText("") + ": " + r.body().path("detail").asText(r.body().path("title").asText("")));
      this.status = r.status();
      this.code = r.body().path("code").asText(null);
      this.problem = r.body();
    }
  }

  private final String baseUrl;
  private final ClientCredentials tokens;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  public int retries = 3;
  public long baseDelayMs = 200;
  public long maxDelayMs = 10_000;
  public Duration timeout = Duration.ofSeconds(10);
  public DoubleSupplier random = Math::random;

  public AccessClient(String baseUrl, ClientCredentials tokens) {
    this.baseUrl = baseUrl.replaceAll("/$", "");
    this.tokens = tokens;
  }

  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
  }

  /** Calls an operation: path parameters fill its template, query parameters (null values left out) follow, `body` is sent as JSON. */
  public Response call(AccessApi.Operation op, Map<String, Object> path, Map<String, Object> query, JsonNode body, Map<String, String> headers) throws IOException, InterruptedException {
    String p = op.path();
    for (Map.Entry<String, Object> e : (path == null ? Map.<String, Object>of() : path).entrySet()) p = p.replace("{" + e.getKey() + "}", encode(String.valueOf(e.getValue())));
    StringBuilder url = new StringBuilder(baseUrl + p);
    char sep = '?';
    for (Map.Entry<String, Object> e : (query == null ? Map.<String, Object>of() : query).entrySet()) {
      if (e.getValue() == null) continue;
      url.append(sep).append(encode(e.getKey())).append('=').append(encode(String.valueOf(e.getValue())));
      sep = '&';
    }
    boolean renewed = false;
    for (int attempt = 0; ; attempt++) {
      HttpRequest.Builder req = HttpRequest.newBuilder(URI.create(url.toString())).timeout(timeout).header("Accept", "application/json");
      if (headers != null) headers.forEach(req::header);
      if (op.scopes() != null) req.header("Authorization", "Bearer " + tokens.token());
      if (body != null) req.header("Content-Type", "application/json").method(op.method(), HttpRequest.BodyPublishers.ofString(body.toString()));
      else req.method(op.method(), HttpRequest.BodyPublishers.noBody());
      HttpResponse<String> res = http.send(req.build(), HttpResponse.BodyHandlers.ofString());
      int status = res.statusCode();
      if (status == 401 && op.scopes() != null && !renewed) {
        tokens.invalidate();
        renewed = true;
        attempt--;
        continue;
      }
      if ((status == 429 || status == 503) && attempt < retries) {
        Long after = res.headers().firstValue("Retry-After").filter(v -> v.trim().matches("\\d+")).map(v -> Long.parseLong(v.trim()) * 1000).orElse(null);
        if (after == null || after <= maxDelayMs) {
          long cap = Math.min(maxDelayMs, baseDelayMs << Math.min(attempt + 1, 20));
          Thread.sleep(Math.max(after == null ? 0 : after, (long) (random.getAsDouble() * cap)));
          continue;
        }
      }
      JsonNode json = res.body().isBlank() ? null : JSON.readTree(res.body());
      return new Response(status, res.headers(), json);
    }
  }

  private JsonNode ok(Response r) throws ProblemException {
    if (!r.ok()) throw new ProblemException(r);
    return r.body();
  }

  public JsonNode discovery() throws IOException, InterruptedException {
    return ok(call(AccessApi.GET_DISCOVERY, null, null, null, null));
  }

  public JsonNode dataSets() throws IOException, InterruptedException {
    return ok(call(AccessApi.LIST_DATA_SETS, null, null, null, null));
  }

  /** One page of records of a data set (updatedSince an ISO instant, cursor from the previous page; null for none). */
  public JsonNode listRecords(int dataNo, String updatedSince, String cursor, Integer limit) throws IOException, InterruptedException {
    Map<String, Object> q = new LinkedHashMap<>();
    q.put("updatedSince", updatedSince);
    q.put("cursor", cursor);
    q.put("limit", limit);
    return ok(call(AccessApi.LIST_RECORDS, Map.of("dataNo", dataNo), q, null, null));
  }

  /** Every record of a data set updated after `updatedSince` (null: all), following nextCursor to the end. */
  public List<JsonNode> allRecords(int dataNo, String updatedSince) throws IOException, InterruptedException {
    List<JsonNode> out = new ArrayList<>();
    String cursor = null;
    do {
      JsonNode page = listRecords(dataNo, updatedSince, cursor, null);
      page.path("items").forEach(out::add);
      cursor = page.path("nextCursor").isTextual() ? page.path("nextCursor").asText() : null;
    } while (cursor != null);
    return out;
  }

  public JsonNode getRecord(int dataNo, String dataKey) throws IOException, InterruptedException {
    return ok(call(AccessApi.GET_RECORD, Map.of("dataNo", dataNo, "dataKey", dataKey), null, null, null));
  }

  /** Runs a conformance scenario (sandbox systems only); `input` holds projectCode, tenderProjectCode or bidSectionCode. */
  public JsonNode runScenario(String name, JsonNode input) throws IOException, InterruptedException {
    return ok(call(AccessApi.RUN_SCENARIO, Map.of("name", name), null, input == null ? JSON.createObjectNode() : input, null));
  }
}
