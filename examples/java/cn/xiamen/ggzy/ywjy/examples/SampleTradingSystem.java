package cn.xiamen.ggzy.ywjy.examples;

import cn.xiamen.ggzy.ywjy.access.PlatformTokenVerifier;
import cn.xiamen.ggzy.ywjy.channel.Publisher;
import cn.xiamen.ggzy.ywjy.channel.Reconciliation;
import cn.xiamen.ggzy.ywjy.channel.SigningKey;
import cn.xiamen.ggzy.ywjy.runtime.JsJson;
import cn.xiamen.ggzy.ywjy.runtime.Schema;
import cn.xiamen.ggzy.ywjy.spec.AccessApi;
import cn.xiamen.ggzy.ywjy.spec.DataSets;
import cn.xiamen.ggzy.ywjy.spec.Examples;
import cn.xiamen.ggzy.ywjy.validate.SchemaChecker;
import cn.xiamen.ggzy.ywjy.validate.SchemaError;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A small trading system on the JDK's built-in HTTP server, written against the Java SDK only: the access
 * standard's discovery, health, data-set list, record pages (incremental, cursor, ETag) and records, audit
 * trail, problem+json errors with the standard's codes, platform tokens and scopes, a rate limit, and the
 * sandbox conformance hook, whose scenarios make records from the norm's examples and push each one to
 * the platform (signed, numbered, reconciled after each burst). `ywjy certify` certifies it at the data
 * level (tests/java/certify.test.ts). Single sign-on is not implemented (full level).
 *
 * <pre>
 *   YWJY_PUSH_SECRET=… java … SampleTradingSystem --platform http://127.0.0.1:8686 --system-no 0201 \
 *       --push-client-id trading-system-0201 --key push-key.json [--port 8585] [--rate-limit 1200]
 * </pre>
 */
public final class SampleTradingSystem {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String PROBLEM_TYPE_BASE = "https://ggzy.xm.gov.cn/ywjy/problems/";
  private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);
  private static final DateTimeFormatter NORM_TIME = DateTimeFormatter.ofPattern("uuuuMMddHHmmss");
  private static final Pattern REQUEST_ID = Pattern.compile("^[A-Za-z0-9._:-]{1,128}$");
  private static final List<String> MODULES = List.of("tender-project:501:招标项目登记:Register a tender project", "tender-notice:503:招标公告发布:Publish the tender notice",
      "bid-opening:506:开标:Open the bids", "award-notice:513:中标结果公告:Publish the award");

  /** An error answered as problem+json with one of the standard's codes. */
  static final class Problem extends RuntimeException {
    final String code;
    final Map<String, String> headers;
    final ArrayNode errors;

    Problem(String code, String detail) {
      this(code, detail, Map.of(), null);
    }

    Problem(String code, String detail, Map<String, String> headers, ArrayNode errors) {
      super(detail);
      this.code = code;
      this.headers = headers;
      this.errors = errors;
    }
  }

  /** A 302 answer. */
  static final class Redirect extends RuntimeException {
    final String location;

    Redirect(String location) {
      super(location);
      this.location = location;
    }
  }

  /** A stored record and when it was last added or changed (strictly increasing across the system). */
  record Stored(JsonNode record, long updatedAt, String tenderProjectCode) {}

  private final String baseUrl;
  private final String platformUrl;
  private final String systemNo;
  private final String audience;
  private final String platformCode;
  private final PlatformTokenVerifier tokens;
  private final Publisher publisher;
  private final int rateLimit;
  private final Map<String, long[]> windows = new HashMap<>();
  private final Map<String, Stored> records = new HashMap<>();
  private final Map<String, List<ObjectNode>> trails = new HashMap<>();
  private final Map<String, JsonNode> handed = new LinkedHashMap<>();
  private long lastUpdatedAt;
  private final HttpServer server;

  SampleTradingSystem(HttpServer server, String baseUrl, String platformUrl, String systemNo, Publisher publisher, int rateLimit) throws IOException {
    this.server = server;
    this.baseUrl = baseUrl;
    this.platformUrl = platformUrl;
    this.systemNo = systemNo;
    this.audience = "urn:ywjy:system:" + systemNo;
    this.tokens = new PlatformTokenVerifier(platformUrl + "/.well-known/jwks.json", platformUrl, audience);
    this.publisher = publisher;
    this.rateLimit = rateLimit;
    this.platformCode = JSON.readTree(Examples.RECORDS.values().iterator().next()).path("context").path("PLATFORM_CODE").asText("12350200426607133N");
  }

  // ---------------------------------------------------------------- pipeline

  private record Route(AccessApi.Operation op, Map<String, String> path) {}

  private static Route route(String method, String path) {
    List<String> allowed = new ArrayList<>();
    for (AccessApi.Operation op : AccessApi.OPERATIONS) {
      Matcher m = Pattern.compile("^" + op.path().replaceAll("\\{(\\w+)\\}", "(?<$1>[^/]+)") + "$").matcher(path);
      if (!m.matches()) continue;
      if (!op.method().equals(method) && !(method.equals("HEAD") && op.method().equals("GET"))) {
        allowed.add(op.method());
        continue;
      }
      Map<String, String> params = new HashMap<>();
      for (Matcher n = Pattern.compile("\\{(\\w+)\\}").matcher(op.path()); n.find(); ) params.put(n.group(1), URLDecoder.decode(m.group(n.group(1)), StandardCharsets.UTF_8));
      return new Route(op, params);
    }
    if (!allowed.isEmpty()) throw new Problem("method-not-allowed", method + " is not allowed on " + path, Map.of("Allow", String.join(", ", allowed)), null);
    throw new Problem("not-found", "no resource at " + path);
  }

  private static Map<String, String> query(String raw) {
    Map<String, String> q = new LinkedHashMap<>();
    if (raw == null) return q;
    for (String part : raw.split("&")) {
      if (part.isEmpty()) continue;
      int i = part.indexOf('=');
      String k = URLDecoder.decode(i < 0 ? part : part.substring(0, i), StandardCharsets.UTF_8);
      q.putIfAbsent(k, i < 0 ? "" : URLDecoder.decode(part.substring(i + 1), StandardCharsets.UTF_8));
    }
    return q;
  }

  /** A parameter's text as the JSON value its schema wants (an integer parameter that is not one stays text, and fails). */
  private static JsonNode typed(Schema s, String text) {
    if ("integer".equals(s.type) && text.matches("-?\\d{1,15}")) return JSON.getNodeFactory().numberNode(Long.parseLong(text));
    return TextNode.valueOf(text);
  }

  /** Checks the parameters against the document's schemas; returns them typed. */
  private static Map<String, JsonNode> parameters(AccessApi.Operation op, Map<String, String> path, Map<String, String> query, HttpExchange ex) {
    Map<String, JsonNode> values = new HashMap<>();
    ArrayNode errors = JSON.createArrayNode();
    for (AccessApi.Param p : op.params()) {
      String text = switch (p.in()) {
        case "path" -> path.get(p.name());
        case "query" -> query.get(p.name());
        default -> ex.getRequestHeaders().getFirst(p.name());
      };
      if (text == null) {
        if (p.required()) errors.addObject().put("in", p.in()).put("name", p.name()).put("message", "is required");
        continue;
      }
      JsonNode v = typed(p.schema(), text);
      List<SchemaError> problems = SchemaChecker.check(p.schema(), v);
      if (problems.isEmpty()) values.put(p.name(), v);
      else errors.addObject().put("in", p.in()).put("name", p.name()).put("message", problems.get(0).message());
    }
    if (!errors.isEmpty()) {
      StringBuilder detail = new StringBuilder();
      for (JsonNode e : errors) detail.append(detail.length() > 0 ? "; " : "").append(e.path("name").asText()).append(": ").append(e.path("message").asText());
      if ("path".equals(errors.get(0).path("in").asText()) && "dataNo".equals(errors.get(0).path("name").asText())) throw new Problem("invalid-request", detail.toString(), Map.of(), errors);
      throw new Problem("invalid-request", detail.toString(), Map.of(), errors);
    }
    return values;
  }

  private synchronized long[] take(String key) {
    long now = System.currentTimeMillis();
    long span = 60_000;
    long[] w = windows.get(key);
    if (w == null || now - w[0] >= span) windows.put(key, w = new long[] {now - (now % span), 0});
    long reset = Math.max(1, (w[0] + span - now + 999) / 1000);
    if (w[1] >= rateLimit) return new long[] {0, 0, reset};
    w[1]++;
    return new long[] {1, rateLimit - w[1], reset};
  }

  /** The size of the request line and headers as sent (name: value CRLF), in bytes. */
  private static long headerBytes(HttpExchange ex) {
    long n = ex.getRequestMethod().length() + ex.getRequestURI().toString().length() + ex.getProtocol().length() + 4;
    for (Map.Entry<String, List<String>> h : ex.getRequestHeaders().entrySet())
      for (String v : h.getValue()) n += h.getKey().length() + 2 + v.getBytes(StandardCharsets.UTF_8).length + 2;
    return n;
  }

  private void handle(HttpExchange ex) throws IOException {
    String given = ex.getRequestHeaders().getFirst("X-Request-Id");
    String requestId = given != null && REQUEST_ID.matcher(given).matches() ? given : UUID.randomUUID().toString();
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("X-Request-Id", requestId);
    String path = ex.getRequestURI().getRawPath();
    String instance = ex.getRequestURI().getRawPath() + (ex.getRequestURI().getRawQuery() != null ? "?" + ex.getRequestURI().getRawQuery() : "");
    try {
      // ACC-ERR-07. The JDK's server reads the headers whole before any handler (JDK 17 has no size limit
      // of its own), so the limit is enforced here, before routing or authentication.
      if (headerBytes(ex) > AccessApi.MAX_HEADER_BYTES) throw new Problem("headers-too-large", "the request line and headers exceed " + AccessApi.MAX_HEADER_BYTES + " bytes", Map.of(), null);
      Route r = route(ex.getRequestMethod(), path);
      AccessApi.Operation op = r.op();
      JsonNode claims = null;
      if (op.scopes() != null) {
        try {
          claims = tokens.verify(ex.getRequestHeaders().getFirst("Authorization"), op.scopes());
        } catch (PlatformTokenVerifier.TokenException e) {
          String error = e.code.equals("token-missing") ? null : e.code.equals("scope-missing") ? "insufficient_scope" : "invalid_token";
          String challenge = "Bearer realm=\"ywjy\"" + (error != null ? ", error=\"" + error + "\", error_description=\"" + e.code + "\"" : "") + (e.code.equals("scope-missing") ? ", scope=\"" + String.join(" ", op.scopes()) + "\"" : "");
          throw new Problem(e.code, e.getMessage(), Map.of("WWW-Authenticate", challenge), null);
        }
        long[] limit = take("client:" + claims.path("client_id").asText(claims.path("sub").asText()));
        headers.put("RateLimit-Limit", String.valueOf(rateLimit));
        headers.put("RateLimit-Remaining", String.valueOf(limit[1]));
        headers.put("RateLimit-Reset", String.valueOf(limit[2]));
        if (limit[0] == 0) throw new Problem("rate-limited", "retry in " + limit[2] + " seconds", Map.of("Retry-After", String.valueOf(limit[2])), null);
      }
      Map<String, JsonNode> params = parameters(op, r.path(), query(ex.getRequestURI().getRawQuery()), ex);
      JsonNode body = null;
      if (op.body() != null) {
        body = readBody(ex.getRequestHeaders().getFirst("Content-Length"), ex.getRequestBody());
        if (body != null) {
          List<SchemaError> errors = SchemaChecker.check(op.body(), body);
          if (!errors.isEmpty()) {
            ArrayNode list = JSON.createArrayNode();
            for (SchemaError e : errors) list.addObject().put("in", "body").put("name", e.instancePath()).put("message", e.message());
            throw new Problem("invalid-request", errors.get(0).instancePath() + ": " + errors.get(0).message(), Map.of(), list);
          }
        }
      }
      JsonNode reply = dispatch(op, params, body, claims);
      String etag = null;
      if (op.operationId().equals("listRecords") || op.operationId().equals("getRecord")) {
        etag = "\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(sha256(reply.toString())).substring(0, 27) + "\"";
        headers.put("ETag", etag);
        String inm = ex.getRequestHeaders().getFirst("If-None-Match");
        if (inm != null && etagMatches(inm, etag)) {
          send(ex, 304, null, headers, null);
          return;
        }
      }
      send(ex, 200, reply, headers, "application/json");
    } catch (Redirect r) {
      headers.put("Location", r.location);
      headers.put("Cache-Control", "no-store");
      send(ex, 302, null, headers, null);
    } catch (Problem p) {
      headers.putAll(p.headers);
      AccessApi.Problem info = AccessApi.PROBLEMS.get(p.code);
      ObjectNode problem = JSON.createObjectNode();
      problem.put("type", PROBLEM_TYPE_BASE + p.code).put("title", info.title().en()).put("status", info.status()).put("code", p.code);
      if (p.getMessage() != null) problem.put("detail", p.getMessage());
      problem.put("instance", instance).put("requestId", requestId);
      if (p.errors != null && !p.errors.isEmpty()) problem.set("errors", p.errors);
      send(ex, info.status(), problem, headers, "application/problem+json");
    } catch (RuntimeException e) {
      System.err.println("SampleTradingSystem: " + ex.getRequestMethod() + " " + path + ": " + e);
      ObjectNode problem = JSON.createObjectNode().put("type", PROBLEM_TYPE_BASE + "internal-error").put("title", AccessApi.PROBLEMS.get("internal-error").title().en()).put("status", 500).put("code", "internal-error").put("instance", instance).put("requestId", requestId);
      send(ex, 500, problem, headers, "application/problem+json");
    }
  }

  private static boolean etagMatches(String ifNoneMatch, String etag) {
    if (ifNoneMatch.trim().equals("*")) return true;
    for (String t : ifNoneMatch.split(",")) if (t.trim().replaceFirst("^W/", "").equals(etag)) return true;
    return false;
  }

  /** A JSON body of at most 1 MiB; one declared larger (Content-Length) is refused before any of it is read. */
  private static JsonNode readBody(String contentLength, InputStream in) throws IOException {
    if (contentLength != null && contentLength.matches("\\d{1,18}") && Long.parseLong(contentLength) > 1 << 20) throw new Problem("invalid-request", "the body is larger than 1048576 bytes");
    byte[] bytes = in.readNBytes((1 << 20) + 1);
    if (bytes.length > 1 << 20) throw new Problem("invalid-request", "the body is larger than 1048576 bytes");
    String text = new String(bytes, StandardCharsets.UTF_8);
    if (text.isBlank()) return null;
    try {
      return JSON.readTree(text);
    } catch (IOException e) {
      ArrayNode errors = JSON.createArrayNode();
      errors.addObject().put("in", "body").put("name", "").put("message", "is not JSON");
      throw new Problem("invalid-request", "the body is not JSON", Map.of(), errors);
    }
  }

  private static void send(HttpExchange ex, int status, JsonNode body, Map<String, String> headers, String contentType) throws IOException {
    headers.forEach((k, v) -> ex.getResponseHeaders().set(k, v));
    if (body == null) {
      ex.sendResponseHeaders(status, -1);
      ex.close();
      return;
    }
    byte[] bytes = body.toString().getBytes(StandardCharsets.UTF_8);
    ex.getResponseHeaders().set("Content-Type", contentType + "; charset=utf-8");
    boolean head = ex.getRequestMethod().equals("HEAD");
    ex.sendResponseHeaders(status, head ? -1 : bytes.length);
    if (!head) ex.getResponseBody().write(bytes);
    ex.close();
  }

  private static byte[] sha256(String text) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String hex(byte[] b) {
    return java.util.HexFormat.of().formatHex(b);
  }

  // ---------------------------------------------------------------- operations

  private JsonNode dispatch(AccessApi.Operation op, Map<String, JsonNode> p, JsonNode body, JsonNode claims) {
    switch (op.operationId()) {
      case "getDiscovery": return discovery();
      case "getHealth": return JSON.createObjectNode().put("status", "ok").put("specVersion", AccessApi.VERSION).put("time", ISO.format(Instant.now()));
      case "listDataSets": return dataSets();
      case "listRecords": return listRecords(p);
      case "getRecord": return getRecord(p);
      case "getAuditTrail": return auditTrail(p.get("tenderProjectCode").asText());
      case "getAuditDigest": return auditDigest(p.get("tenderProjectCode").asText());
      case "runScenario": return runScenario(p.get("name").asText(), body, claims);
      case "openModule": {
        // No session of single sign-on here (full level): every deep link goes to the login, with its parameters.
        String module = p.get("module").asText();
        if (MODULES.stream().noneMatch(m -> m.startsWith(module + ":"))) throw new Problem("module-unknown", "no module " + module);
        StringBuilder location = new StringBuilder(baseUrl + "/sso/login?module=" + module);
        for (String q : List.of("tenderProjectCode", "bidSectionCode")) if (p.containsKey(q)) location.append('&').append(q).append('=').append(java.net.URLEncoder.encode(p.get(q).asText(), StandardCharsets.UTF_8));
        throw new Redirect(location.toString());
      }
      default: throw new Problem("not-found", op.operationId() + " is not implemented by this sample (single sign-on belongs to the full level)");
    }
  }

  private TreeSet<Integer> served() {
    TreeSet<Integer> n = new TreeSet<>();
    for (AccessApi.Scenario s : AccessApi.SCENARIOS) for (AccessApi.Effect e : s.effects()) n.add(e.dataNo());
    return n;
  }

  private static String dataEn(int dataNo) {
    return DataSets.ALL.stream().filter(d -> d.dataNo() == dataNo).map(d -> d.dataEn()).findFirst().orElse("");
  }

  private JsonNode discovery() {
    ObjectNode d = JSON.createObjectNode();
    d.put("SYSTEM_NO", systemNo).put("PLATFORM_CODE", platformCode);
    d.putObject("name").put("zh", "Java 示例交易系统").put("en", "Java sample trading system");
    d.putObject("operator").put("name", "厦门市公共资源交易中心").put("creditCode", platformCode);
    d.putArray("specVersions").add(AccessApi.VERSION);
    d.putArray("domains").add("engineering");
    d.put("baseUrl", baseUrl).put("sandbox", true);
    ObjectNode auth = d.putObject("auth");
    auth.put("issuer", platformUrl).put("audience", audience).put("jwksUri", platformUrl + "/.well-known/jwks.json");
    auth.putArray("scopes").add("records:read").add("audit:read").add("conformance:run");
    d.putObject("sso").put("provider", platformUrl).put("clientId", "system-" + systemNo).put("loginUrl", baseUrl + "/sso/login").put("callbackUrl", baseUrl + "/sso/callback");
    ArrayNode ds = d.putArray("dataSets");
    served().forEach(ds::add);
    ArrayNode modules = d.putArray("modules");
    for (String m : MODULES) {
      String[] f = m.split(":");
      modules.addObject().put("id", f[0]).put("zh", f[2]).put("en", f[3]).put("stage", Integer.parseInt(f[1]))
          .put("deepLink", baseUrl + "/modules/" + f[0] + "{?tenderProjectCode,bidSectionCode}")
          .put("loginLink", baseUrl + "/sso/login?module=" + f[0] + "{&tenderProjectCode,bidSectionCode}");
    }
    return d;
  }

  private synchronized JsonNode dataSets() {
    ObjectNode out = JSON.createObjectNode();
    ArrayNode items = out.putArray("items");
    for (int n : served()) {
      ObjectNode item = items.addObject().put("DATA_NO", n).put("DATA_EN", dataEn(n));
      long count = 0;
      long last = 0;
      for (Stored s : records.values())
        if (s.record().path("DATA_NO").asInt() == n) {
          count++;
          last = Math.max(last, s.updatedAt());
        }
      item.put("count", count);
      if (count > 0) item.put("lastUpdatedAt", ISO.format(Instant.ofEpochMilli(last)));
    }
    return out;
  }

  private void serve(int dataNo) {
    if (!served().contains(dataNo)) throw new Problem("data-set-unknown", "this system does not serve data set " + dataNo);
  }

  private static Problem badCursor(String detail, String message) {
    ArrayNode errors = JSON.createArrayNode();
    errors.addObject().put("in", "query").put("name", "cursor").put("message", message);
    return new Problem("cursor-invalid", detail, Map.of(), errors);
  }

  private synchronized JsonNode listRecords(Map<String, JsonNode> p) {
    int dataNo = p.get("dataNo").asInt();
    serve(dataNo);
    int limit = p.containsKey("limit") ? p.get("limit").asInt() : 100;
    Long since = p.containsKey("updatedSince") ? Instant.parse(p.get("updatedSince").asText().replace(" ", "T")).toEpochMilli() : null;
    long fromAt = Long.MIN_VALUE;
    String fromKey = "";
    if (p.containsKey("cursor")) {
      JsonNode c;
      try {
        c = JSON.readTree(Base64.getUrlDecoder().decode(p.get("cursor").asText()));
      } catch (IOException | IllegalArgumentException e) {
        c = null;
      }
      if (c == null || !c.path("u").isNumber() || !c.path("k").isTextual() || !c.path("n").isInt()) throw badCursor("the cursor is not one this system handed out", "is not a cursor of this system");
      Long cs = c.path("s").isNull() ? null : c.path("s").asLong();
      if (c.path("n").asInt() != dataNo || !java.util.Objects.equals(cs, since)) throw badCursor("the cursor belongs to another data set or updatedSince", "does not match dataNo and updatedSince");
      fromAt = c.path("u").asLong();
      fromKey = c.path("k").asText();
    }
    List<Stored> list = new ArrayList<>();
    for (Stored s : records.values())
      if (s.record().path("DATA_NO").asInt() == dataNo && (since == null || s.updatedAt() > since)
          && (s.updatedAt() > fromAt || (s.updatedAt() == fromAt && s.record().path("DATA_KEY").asText().compareTo(fromKey) > 0))) list.add(s);
    list.sort((a, b) -> a.updatedAt() != b.updatedAt() ? Long.compare(a.updatedAt(), b.updatedAt()) : a.record().path("DATA_KEY").asText().compareTo(b.record().path("DATA_KEY").asText()));
    boolean more = list.size() > limit;
    List<Stored> page = list.subList(0, Math.min(limit, list.size()));
    ObjectNode out = JSON.createObjectNode();
    ArrayNode items = out.putArray("items");
    for (Stored s : page) items.addObject().put("updatedAt", ISO.format(Instant.ofEpochMilli(s.updatedAt()))).set("record", s.record());
    if (more) {
      Stored last = page.get(page.size() - 1);
      ObjectNode c = JSON.createObjectNode().put("v", 1).put("n", dataNo);
      if (since == null) c.putNull("s");
      else c.put("s", since);
      c.put("u", last.updatedAt()).put("k", last.record().path("DATA_KEY").asText());
      out.put("nextCursor", Base64.getUrlEncoder().withoutPadding().encodeToString(c.toString().getBytes(StandardCharsets.UTF_8)));
    } else out.putNull("nextCursor");
    return out;
  }

  private synchronized JsonNode getRecord(Map<String, JsonNode> p) {
    int dataNo = p.get("dataNo").asInt();
    serve(dataNo);
    String key = p.get("dataKey").asText();
    Stored s = records.get(key);
    if (s == null || s.record().path("DATA_NO").asInt() != dataNo) throw new Problem("record-not-found", "no record " + key + " in data set " + dataNo);
    ObjectNode out = JSON.createObjectNode().put("updatedAt", ISO.format(Instant.ofEpochMilli(s.updatedAt())));
    out.set("record", s.record());
    return out;
  }

  private synchronized List<ObjectNode> trail(String code) {
    List<ObjectNode> t = trails.get(code);
    if (t == null) throw new Problem("tender-project-not-found", "no audit trail for tender project " + code);
    return t;
  }

  private synchronized JsonNode auditTrail(String code) {
    ObjectNode out = JSON.createObjectNode().put("tenderProjectCode", code);
    ArrayNode entries = out.putArray("entries");
    trail(code).forEach(entries::add);
    return out;
  }

  private synchronized JsonNode auditDigest(String code) {
    List<ObjectNode> t = trail(code);
    return JSON.createObjectNode().put("tenderProjectCode", code).put("length", t.size()).put("head", t.get(t.size() - 1).path("hash").asText())
        .put("algorithm", "SHA-256").put("canonicalization", "RFC8785").put("at", ISO.format(Instant.now()));
  }

  // ---------------------------------------------------------------- the conformance hook

  /** DATA_KEY: SYSTEM_NO + DATA_NO + digits from a hash of the business key (the same key, the same DATA_KEY: a rerun updates). */
  private String dataKeyOf(int dataNo, String businessKey) {
    String prefix = systemNo + dataNo;
    BigInteger digest = new BigInteger(1, java.util.Arrays.copyOf(sha256(dataNo + ":" + businessKey), 12));
    int rest = 22 - prefix.length();
    String digits = digest.mod(BigInteger.TEN.pow(rest)).toString();
    return prefix + "0".repeat(rest - digits.length()) + digits;
  }

  private static String fill(String template, Map<String, String> values) {
    Matcher m = Pattern.compile("\\{(\\w+)\\}").matcher(template);
    StringBuilder b = new StringBuilder();
    while (m.find()) m.appendReplacement(b, Matcher.quoteReplacement(values.getOrDefault(m.group(1), "")));
    m.appendTail(b);
    return b.toString();
  }

  private static Map<String, String> codes(AccessApi.Scenario s, JsonNode input) {
    Map<String, String> defaults = new HashMap<>(AccessApi.SCENARIO_DEFAULTS);
    defaults.putAll(s.defaults());
    Map<String, String> v = new HashMap<>();
    if (input != null) input.fields().forEachRemaining(e -> v.put(e.getKey(), e.getValue().asText()));
    if (!v.containsKey("tenderProjectCode") && v.containsKey("bidSectionCode")) v.put("tenderProjectCode", v.get("bidSectionCode").substring(0, 20));
    if (!v.containsKey("projectCode")) v.put("projectCode", v.containsKey("tenderProjectCode") ? v.get("tenderProjectCode").substring(0, 17) : defaults.get("projectCode"));
    if (!v.containsKey("tenderProjectCode")) v.put("tenderProjectCode", fill(defaults.get("tenderProjectCode"), v));
    if (!v.containsKey("bidSectionCode")) v.put("bidSectionCode", fill(defaults.get("bidSectionCode"), v));
    if (!v.get("tenderProjectCode").startsWith(v.get("projectCode")) || !v.get("bidSectionCode").startsWith(v.get("tenderProjectCode")))
      throw new Problem("invalid-request", "the codes do not nest (project → tender project → section)", Map.of(), null);
    return v;
  }

  /**
   * The records of a scenario's effects: each the data set's example with its lifecycle codes replaced by
   * the scenario's, stamped now. A scenario that does not read bidSectionCode works on the tender project's
   * sections in turn ({tenderProjectCode}001, 002…); the business key (hence DATA_KEY) depends only on the
   * codes the record is about, so that a rerun updates and a precondition can be looked up.
   */
  private List<ObjectNode> drafts(AccessApi.Scenario s, Map<String, String> codes) {
    Map<String, String> base = new HashMap<>();
    base.put("projectCode", AccessApi.SCENARIO_DEFAULTS.get("projectCode"));
    base.put("tenderProjectCode", fill(AccessApi.SCENARIO_DEFAULTS.get("tenderProjectCode"), base));
    base.put("bidSectionCode", fill(AccessApi.SCENARIO_DEFAULTS.get("bidSectionCode"), base));
    List<ObjectNode> out = new ArrayList<>();
    String now = LocalDateTime.now(ZoneOffset.ofHours(8)).format(NORM_TIME);
    for (AccessApi.Effect e : s.effects()) {
      String json = Examples.RECORDS.get(e.dataNo());
      if (json == null) throw new Problem("internal-error", "no example of data set " + e.dataNo());
      for (int i = 1; i <= e.count(); i++) {
        String section = s.reads().contains("bidSectionCode") ? codes.get("bidSectionCode") : codes.get("tenderProjectCode") + String.format("%03d", i);
        String text = json.replace(base.get("bidSectionCode"), section).replace(base.get("tenderProjectCode"), codes.get("tenderProjectCode")).replace(base.get("projectCode"), codes.get("projectCode"));
        ObjectNode record;
        try {
          record = (ObjectNode) JSON.readTree(text);
        } catch (IOException ex) {
          throw new IllegalStateException(ex);
        }
        ObjectNode context = (ObjectNode) record.get("context");
        if (context.has("DATA_TIMESTAMP")) context.put("DATA_TIMESTAMP", now);
        record.put("DATA_KEY", dataKeyOf(e.dataNo(), section + "/" + i));
        out.add(record);
      }
    }
    return out;
  }

  private JsonNode runScenario(String name, JsonNode input, JsonNode claims) {
    AccessApi.Scenario s = AccessApi.SCENARIOS.stream().filter(x -> x.name().equals(name)).findFirst().orElseThrow(() -> new Problem("scenario-unknown", "no scenario " + name));
    Map<String, String> codes = codes(s, input);
    List<JsonNode> pushed = new ArrayList<>();
    ObjectNode result = JSON.createObjectNode();
    synchronized (this) {
      for (String required : s.requires()) {
        AccessApi.Scenario r = AccessApi.SCENARIOS.stream().filter(x -> x.name().equals(required)).findFirst().orElseThrow();
        for (ObjectNode d : drafts(r, codes))
          if (!records.containsKey(d.path("DATA_KEY").asText())) throw new Problem("scenario-precondition", name + " needs " + required + " for " + codes.get("bidSectionCode"));
      }
      String startedAt = ISO.format(Instant.now());
      ArrayNode recs = JSON.createArrayNode();
      ArrayNode audit = JSON.createArrayNode();
      List<ObjectNode> drafts = drafts(s, codes);
      int effectIndex = 0;
      int inEffect = 0;
      for (ObjectNode d : drafts) {
        AccessApi.Effect effect = s.effects().get(effectIndex);
        String key = d.path("DATA_KEY").asText();
        d.put("DATA_TYPE", records.containsKey(key) ? "2" : "1");
        ObjectNode record = JSON.createObjectNode();
        record.put("DATA_NO", d.path("DATA_NO").asInt()).put("DATA_EN", dataEn(d.path("DATA_NO").asInt())).put("DATA_TYPE", d.path("DATA_TYPE").asText()).put("DATA_KEY", key);
        record.set("context", d.get("context"));
        long at = Math.max(System.currentTimeMillis(), lastUpdatedAt + 1);
        lastUpdatedAt = at;
        records.put(key, new Stored(record, at, codes.get("tenderProjectCode")));
        recs.addObject().put("DATA_NO", record.path("DATA_NO").asInt()).put("DATA_EN", record.path("DATA_EN").asText()).put("DATA_KEY", key).put("DATA_TYPE", record.path("DATA_TYPE").asText()).put("updatedAt", ISO.format(Instant.ofEpochMilli(at)));
        audit.add(appendAudit(codes.get("tenderProjectCode"), at, claims, effect.action(), record));
        pushed.add(record);
        if (++inEffect == effect.count()) {
          effectIndex++;
          inEffect = 0;
        }
      }
      result.put("scenario", name).put("runId", UUID.randomUUID().toString()).put("startedAt", startedAt).put("finishedAt", ISO.format(Instant.now())).put("tenderProjectCode", codes.get("tenderProjectCode"));
      result.set("records", recs);
      result.set("audit", audit);
    }
    push(pushed, codes.get("tenderProjectCode"));
    return result;
  }

  private ObjectNode appendAudit(String code, long at, JsonNode claims, String action, JsonNode record) {
    List<ObjectNode> chain = trails.computeIfAbsent(code, k -> new ArrayList<>());
    ObjectNode entry = JSON.createObjectNode();
    entry.put("seq", chain.size() + 1).put("tenderProjectCode", code).put("at", ISO.format(Instant.ofEpochMilli(at)));
    entry.putObject("actor").put("type", "client").put("id", claims == null ? "anonymous" : claims.path("client_id").asText(claims.path("sub").asText("anonymous"))).put("name", "conformance hook");
    entry.put("action", action);
    entry.putObject("object").put("DATA_NO", record.path("DATA_NO").asInt()).put("DATA_KEY", record.path("DATA_KEY").asText()).put("DATA_TYPE", record.path("DATA_TYPE").asText());
    entry.put("prevHash", chain.isEmpty() ? "0".repeat(64) : chain.get(chain.size() - 1).path("hash").asText());
    entry.put("hash", hex(sha256(JsJson.canonical(entry))));
    chain.add(entry);
    return entry;
  }

  // ---------------------------------------------------------------- the reporting channel

  /** Publishes each record (after it is stored), then, once they are delivered, reconciles what was handed over (sandbox). */
  private void push(List<JsonNode> list, String tenderProjectCode) {
    synchronized (handed) {
      for (JsonNode r : list) {
        handed.put(r.path("DATA_KEY").asText(), r);
        publisher.publish(List.of(r), null, tenderProjectCode);
      }
    }
    reconciler.execute(this::reconcile);
  }

  private final Object reconciling = new Object();
  boolean log;
  private final java.util.concurrent.ExecutorService reconciler = Executors.newSingleThreadExecutor(r -> {
    Thread t = new Thread(r, "reconciler");
    t.setDaemon(true);
    return t;
  });

  /**
   * Posts the manifest of what was handed to the channel once all of it is delivered (a push under way is
   * no lost one); no new push starts until the platform has answered, so the manifest is never older than
   * what the platform holds.
   */
  private JsonNode reconcileDelivered() throws Exception {
    while (true) {
      publisher.drain().get();
      synchronized (handed) {
        if (publisher.pending() != 0) continue;
        List<JsonNode> all = new ArrayList<>(handed.values());
        TreeSet<String> days = new TreeSet<>();
        for (JsonNode r : all) {
          String ts = r.path("context").path("DATA_TIMESTAMP").asText("");
          if (ts.matches("\\d{14}")) days.add(ts.substring(0, 8));
        }
        return days.isEmpty() ? null : publisher.reconcile(all, new ArrayList<>(days), true);
      }
    }
  }

  private void reconcile() {
    synchronized (reconciling) {
      try {
        for (int round = 0; round < 3; round++) {
          JsonNode report = reconcileDelivered();
          if (report == null) return;
          if (log) System.err.println("reconcile " + report.path("status").asText() + " " + report.path("buckets").findValues("differing") + " " + report.path("buckets").findValues("missing"));
          if ("match".equals(report.path("status").asText())) return;
          synchronized (handed) {
            publisher.resend(report, handed::get);
          }
        }
      } catch (Exception e) {
        System.err.println("SampleTradingSystem: reconciliation: " + e.getMessage());
      }
    }
  }

  // ---------------------------------------------------------------- main

  private static JsonNode readTree(String text) {
    try {
      return JSON.readTree(text);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String arg(List<String> args, String name, String fallback) {
    int i = args.indexOf(name);
    return i >= 0 && i + 1 < args.size() ? args.get(i + 1) : fallback;
  }

  public static void main(String[] argv) throws Exception {
    List<String> args = List.of(argv);
    String platformUrl = arg(args, "--platform", "http://127.0.0.1:8686").replaceAll("/$", "");
    String systemNo = arg(args, "--system-no", "0201");
    String secret = System.getenv("YWJY_PUSH_SECRET");
    if (secret == null) {
      System.err.println("SampleTradingSystem: set YWJY_PUSH_SECRET (the push client's secret stays out of the command line)");
      System.exit(2);
    }
    Publisher.Options o = new Publisher.Options();
    o.platformUrl = platformUrl;
    o.systemNo = systemNo;
    o.clientId = arg(args, "--push-client-id", "trading-system-" + systemNo);
    o.clientSecret = secret;
    o.signingKey = SigningKey.load(Path.of(arg(args, "--key", "push-key.json")));
    o.requestTimeout = java.time.Duration.ofSeconds(10);
    String dataDir = arg(args, "--data-dir", null);
    if (dataDir != null) o.dataDir = Path.of(dataDir);
    if (args.contains("--log")) {
      o.onDelivery = d -> System.err.println("delivery " + d.item().sequence + " " + d.status() + " " + d.item().dataKeys + " " + Reconciliation.recordDigest(readTree(d.item().body)));
      o.onProblem = p -> System.err.println("problem " + p.item().sequence + " " + p.kind() + " " + p.httpStatus() + " " + p.item().dataKeys + " " + p.message());
    }
    Publisher publisher = new Publisher(o).start();
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", Integer.parseInt(arg(args, "--port", "0"))), 64);
    String baseUrl = "http://127.0.0.1:" + server.getAddress().getPort();
    SampleTradingSystem system = new SampleTradingSystem(server, baseUrl, platformUrl, systemNo, publisher, Integer.parseInt(arg(args, "--rate-limit", "1200")));
    system.log = args.contains("--log");
    server.createContext("/", system::handle);
    server.setExecutor(Executors.newFixedThreadPool(16));
    server.start();
    System.out.println("SampleTradingSystem listening on " + baseUrl);
    System.out.flush();
  }
}
