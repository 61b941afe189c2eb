package cn.xiamen.ggzy.ywjy.channel;

import cn.xiamen.ggzy.ywjy.access.ClientCredentials;
import cn.xiamen.ggzy.ywjy.model.ReportRecord;
import cn.xiamen.ggzy.ywjy.spec.Channel;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.DoubleSupplier;

/**
 * The publisher: what a trading system uses to push its records to the city platform over the reporting
 * channel (specs/reporting/asyncapi.yaml; constants in cn.xiamen.ggzy.ywjy.spec.Channel) — the Java twin of
 * the TypeScript SDK's publisher (src/sdk/publisher.ts):
 * <ul>
 * <li>queues every message in an outbox (files under a data directory, durable across an outage or a
 *     restart, or memory);
 * <li>numbers messages per SYSTEM_NO without gaps when it first sends them, and continues after a restart;
 *     every retry carries the same event id, number and signature;
 * <li>signs the exact body bytes (detached JWS; the protected header repeats the signed headers);
 * <li>sends one message per ordering key (tender project) at a time, in order, several keys at once;
 * <li>retries with exponential back-off and full jitter, honouring Retry-After, and never drops a message;
 * <li>acts on each receipt as the channel document says (renumbers on 409), verifies its signature, and
 *     reconciles.
 * </ul>
 */
public final class Publisher implements AutoCloseable {
  /** What the publisher needs; platformUrl, systemNo, clientId, clientSecret and signingKey are required. */
  public static final class Options {
    public String platformUrl;
    public String systemNo;
    public String clientId;
    public String clientSecret;
    public SigningKey signingKey;
    /** Keeps the outbox, the counters and the receipts here; memory only when null. */
    public Path dataDir;
    public int concurrency = 4;
    public long initialDelayMs = Channel.RETRY_INITIAL_DELAY * 1000;
    public double multiplier = Channel.RETRY_MULTIPLIER;
    public long maxDelayMs = Channel.RETRY_MAX_DELAY * 1000;
    public Duration requestTimeout = Duration.ofSeconds(30);
    /** Verify receipt signatures with the platform's JWKS, fetched from its discovery document. */
    public boolean verifyReceipts = true;
    /** PLATFORM_CODE of report packages; by default the first record's context.PLATFORM_CODE. */
    public String platformCode;
    public Consumer<Delivery> onDelivery;
    public Consumer<Problem> onProblem;
    /** In [0, 1): the jitter. */
    public DoubleSupplier random = Math::random;
  }

  /** The final receipt of a message: accepted, held or rejected. */
  public record Delivery(Outbox.Item item, String status, int httpStatus, JsonNode receipt) {}

  /** A delivery attempt that failed and will be retried: network, unavailable, token, refused, renumbered, receipt-signature. */
  public record Problem(Outbox.Item item, String kind, Integer httpStatus, String message, JsonNode findings, long retryInMs) {}

  private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

  private final Options o;
  private final Outbox store;
  private final Outbox.Counters counters = new Outbox.Counters();
  private final Map<String, ArrayDeque<Outbox.Item>> lanes = new LinkedHashMap<>();
  private final Set<String> inFlight = new HashSet<>();
  private final Map<String, Long> notBefore = new HashMap<>();
  private final Map<String, List<CompletableFuture<Delivery>>> waiters = new HashMap<>();
  private final List<CompletableFuture<Void>> drainWaiters = new ArrayList<>();
  private final HttpClient http;
  private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "ywjy-publisher-timer"));
  private final ExecutorService workers;
  private ScheduledFuture<?> wake;
  private boolean running;
  private ClientCredentials tokens;
  private JsonNode discovery;
  private JsonNode receiptKeys;
  public final String intakeUrl;

  private static Thread daemon(Runnable r, String name) {
    Thread t = new Thread(r, name);
    t.setDaemon(true);
    return t;
  }

  public Publisher(Options o) throws IOException {
    if (o.systemNo == null || !o.systemNo.matches("[0-9A-Za-z]{4}")) throw new IllegalArgumentException("systemNo \"" + o.systemNo + "\" is not a SYSTEM_NO (4 letters or digits)");
    this.o = o;
    this.store = new Outbox(o.dataDir);
    for (Outbox.Item i : store.load(counters)) lane(i.orderingKey).add(i);
    this.http = HttpClient.newBuilder().connectTimeout(o.requestTimeout).build();
    this.workers = Executors.newFixedThreadPool(Math.max(1, o.concurrency), r -> daemon(r, "ywjy-publisher"));
    this.intakeUrl = o.platformUrl.replaceAll("/$", "") + Channel.BASE_PATH;
  }

  private ArrayDeque<Outbox.Item> lane(String key) {
    return lanes.computeIfAbsent(key, k -> new ArrayDeque<>());
  }

  /** Messages not yet finally answered. */
  public synchronized int pending() {
    int n = 0;
    for (ArrayDeque<Outbox.Item> l : lanes.values()) n += l.size();
    return n;
  }

  /** The next sequence number the publisher will give a message. */
  public synchronized long nextSequence() {
    return counters.nextSequence;
  }

  /** The ordering key a record travels under (its tender project), or null when it has none of the ordering fields. */
  public static String orderingKeyOf(JsonNode record) {
    JsonNode context = record.path("context");
    for (String field : Channel.ORDERING_KEY_FIELDS) {
      JsonNode v = context.get(field);
      if (v != null && v.isTextual() && !v.textValue().isEmpty()) return v.textValue();
    }
    return null;
  }

  public String publish(ReportRecord record) {
    return publish(List.of(Outbox.JSON.valueToTree(record)), null, null);
  }

  /**
   * Queues records as one message (a report record, or a report package for several) and returns its outbox
   * id once the message is safely in the outbox. `occurredAt` defaults to now; `orderingKey` is used for
   * records without an ordering field (default: the first DATA_KEY). Throws IllegalArgumentException if the
   * message breaks the channel's limits (too many records, too large, records of several tender projects).
   */
  public synchronized String publish(List<JsonNode> records, Instant occurredAt, String orderingKey) {
    if (records.isEmpty()) throw new IllegalArgumentException("publish: no records");
    if (records.size() > Channel.MAX_PACKAGE_RECORDS) throw new IllegalArgumentException("publish: " + records.size() + " records, more than maxPackageRecords (" + Channel.MAX_PACKAGE_RECORDS + ")");
    Set<String> keys = new LinkedHashSet<>();
    for (JsonNode r : records) {
      String k = orderingKeyOf(r);
      if (k != null) keys.add(k);
      if (!r.path("DATA_KEY").asText("").startsWith(o.systemNo)) throw new IllegalArgumentException("publish: DATA_KEY " + r.path("DATA_KEY").asText() + " does not start with SYSTEM_NO " + o.systemNo);
    }
    if (keys.size() > 1) throw new IllegalArgumentException("publish: the records belong to several tender projects (" + String.join(", ", keys) + "); publish them separately");
    Instant now = Instant.now();
    String key = !keys.isEmpty() ? keys.iterator().next() : orderingKey != null ? orderingKey : records.get(0).path("DATA_KEY").asText();
    String body;
    if (records.size() == 1) body = records.get(0).toString();
    else {
      ObjectNode pkg = Outbox.JSON.createObjectNode();
      pkg.put("packageId", UUID.randomUUID().toString()).put("specVersion", Channel.SPEC_VERSION).put("SYSTEM_NO", o.systemNo);
      pkg.put("PLATFORM_CODE", o.platformCode != null ? o.platformCode : records.get(0).path("context").path("PLATFORM_CODE").asText(""));
      pkg.put("createdAt", ISO.format(now));
      ArrayNode list = pkg.putArray("records");
      records.forEach(list::add);
      body = pkg.toString();
    }
    int bytes = body.getBytes(StandardCharsets.UTF_8).length;
    if (bytes > Channel.MAX_MESSAGE_BYTES) throw new IllegalArgumentException("publish: the message has " + bytes + " bytes, more than maxMessageBytes (" + Channel.MAX_MESSAGE_BYTES + ")");
    Outbox.Item item = new Outbox.Item();
    item.id = o.systemNo + "-" + counters.nextNo;
    item.no = counters.nextNo;
    item.orderingKey = key;
    item.contentType = records.size() == 1 ? Channel.CONTENT_TYPE_REPORT_RECORD : Channel.CONTENT_TYPE_REPORT_PACKAGE;
    item.body = body;
    item.dataKeys = records.stream().map(r -> r.path("DATA_KEY").asText()).toList();
    item.occurredAt = ISO.format(occurredAt != null ? occurredAt : now);
    item.enqueuedAt = ISO.format(now);
    item.eventId = UUID.randomUUID().toString();
    store.save(item);
    counters.nextNo++;
    store.saveCounters(counters);
    lane(key).add(item);
    pump();
    return item.id;
  }

  /** Completes with the final receipt of an outbox item. */
  public synchronized CompletableFuture<Delivery> delivered(String id) {
    CompletableFuture<Delivery> f = new CompletableFuture<>();
    waiters.computeIfAbsent(id, k -> new ArrayList<>()).add(f);
    return f;
  }

  /** Starts delivering (the outbox of an earlier run first). */
  public synchronized Publisher start() {
    running = true;
    pump();
    return this;
  }

  /** Completes when the outbox is empty: every message has its final receipt. */
  public synchronized CompletableFuture<Void> drain() {
    CompletableFuture<Void> f = new CompletableFuture<>();
    if (pending() == 0) f.complete(null);
    else drainWaiters.add(f);
    return f;
  }

  /** Stops starting deliveries and waits for those in flight; the outbox keeps the rest. */
  @Override
  public void close() throws InterruptedException {
    synchronized (this) {
      running = false;
      if (wake != null) wake.cancel(false);
    }
    while (true) {
      synchronized (this) {
        if (inFlight.isEmpty()) break;
      }
      Thread.sleep(10);
    }
    workers.shutdown();
    timer.shutdown();
  }

  /** Starts what may start now, and sets a timer for the earliest retry that is waiting. */
  private synchronized void pump() {
    if (!running) return;
    long now = System.currentTimeMillis();
    long wakeAt = Long.MAX_VALUE;
    for (Map.Entry<String, ArrayDeque<Outbox.Item>> e : lanes.entrySet()) {
      if (inFlight.size() >= Math.max(1, o.concurrency)) break;
      String key = e.getKey();
      if (e.getValue().isEmpty() || inFlight.contains(key)) continue;
      long due = notBefore.getOrDefault(key, 0L);
      if (due > now) {
        wakeAt = Math.min(wakeAt, due);
        continue;
      }
      inFlight.add(key);
      Outbox.Item item = e.getValue().peek();
      workers.execute(() -> {
        try {
          attempt(item);
        } catch (InterruptedException ie) {
          Thread.currentThread().interrupt();
        } catch (RuntimeException re) {
          problem(item, "network", null, String.valueOf(re.getMessage()), null, null, false);
        } finally {
          synchronized (Publisher.this) {
            inFlight.remove(key);
          }
          pump();
        }
      });
    }
    if (wake != null) wake.cancel(false);
    wake = null;
    if (wakeAt < Long.MAX_VALUE) wake = timer.schedule(this::pump, wakeAt - now, TimeUnit.MILLISECONDS);
  }

  private long backoffMs(int attempts, Long retryAfterSeconds) {
    double cap = Math.min(o.maxDelayMs, o.initialDelayMs * Math.pow(o.multiplier, Math.max(0, attempts - 1)));
    return Math.max((long) (o.random.getAsDouble() * cap), retryAfterSeconds == null ? 0 : retryAfterSeconds * 1000);
  }

  private void problem(Outbox.Item item, String kind, Integer httpStatus, String message, JsonNode findings, Long retryAfter, boolean now) {
    long retryInMs = now ? 0 : backoffMs(item.attempts, retryAfter);
    synchronized (this) {
      notBefore.put(item.orderingKey, System.currentTimeMillis() + retryInMs);
    }
    if (o.onProblem != null) o.onProblem.accept(new Problem(item, kind, httpStatus, message, findings, retryInMs));
  }

  private synchronized JsonNode discover() throws IOException, InterruptedException {
    if (discovery == null) {
      HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(o.platformUrl.replaceAll("/$", "") + "/.well-known/openid-configuration")).timeout(o.requestTimeout).build(), HttpResponse.BodyHandlers.ofString());
      if (r.statusCode() != 200) throw new IOException("the platform's discovery document answered " + r.statusCode());
      discovery = Outbox.JSON.readTree(r.body());
    }
    return discovery;
  }

  private synchronized ClientCredentials tokens() throws IOException, InterruptedException {
    if (tokens == null) tokens = new ClientCredentials(http, discover().path("token_endpoint").asText(), o.clientId, o.clientSecret, List.of(Channel.PUSH_SCOPE), intakeUrl, o.requestTimeout);
    return tokens;
  }

  private void verifyReceipt(byte[] body, String signature) throws IOException, InterruptedException, java.security.GeneralSecurityException {
    if (!o.verifyReceipts) return;
    JsonNode keys;
    synchronized (this) {
      if (receiptKeys == null) {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(discover().path("jwks_uri").asText())).timeout(o.requestTimeout).build(), HttpResponse.BodyHandlers.ofString());
        receiptKeys = Outbox.JSON.readTree(r.body());
      }
      keys = receiptKeys;
    }
    if (signature == null) throw new java.security.GeneralSecurityException("the receipt is not signed");
    DetachedJws.verify(signature, body, keys);
  }

  /** encodeURIComponent: the ordering key travels percent-encoded (UTF-8). */
  static String encodeURIComponent(String s) {
    StringBuilder b = new StringBuilder();
    for (byte x : s.getBytes(StandardCharsets.UTF_8)) {
      int c = x & 0xff;
      if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || "-_.!~*'()".indexOf(c) >= 0) b.append((char) c);
      else b.append('%').append(String.format("%02X", c));
    }
    return b.toString();
  }

  /** Gives the message its number and signature (once; persisted before it is sent). */
  private void seal(Outbox.Item item) throws java.security.GeneralSecurityException {
    synchronized (this) {
      if (item.sequence != null && item.signature != null) return;
      item.sequence = counters.nextSequence++;
    }
    Map<String, Object> header = new LinkedHashMap<>();
    header.put(Channel.HEADER_EVENT_ID.toLowerCase(), item.eventId);
    header.put(Channel.HEADER_SYSTEM_NO.toLowerCase(), o.systemNo);
    header.put(Channel.HEADER_SEQUENCE.toLowerCase(), item.sequence);
    header.put(Channel.HEADER_OCCURRED_AT.toLowerCase(), item.occurredAt);
    header.put(Channel.HEADER_ORDERING_KEY.toLowerCase(), encodeURIComponent(item.orderingKey));
    item.signature = DetachedJws.sign(item.body.getBytes(StandardCharsets.UTF_8), o.signingKey, header);
    synchronized (this) {
      store.save(item);
      store.saveCounters(counters);
    }
  }

  private void attempt(Outbox.Item item) throws InterruptedException {
    item.attempts++;
    HttpResponse<byte[]> response;
    try {
      String token = tokens().token();
      seal(item);
      HttpRequest req = HttpRequest.newBuilder(URI.create(intakeUrl + Channel.PATH_REPORTS)).timeout(o.requestTimeout)
          .header("Authorization", "Bearer " + token)
          .header("Content-Type", item.contentType)
          .header(Channel.HEADER_EVENT_ID, item.eventId)
          .header(Channel.HEADER_SYSTEM_NO, o.systemNo)
          .header(Channel.HEADER_SEQUENCE, String.valueOf(item.sequence))
          .header(Channel.HEADER_OCCURRED_AT, item.occurredAt)
          .header(Channel.HEADER_ORDERING_KEY, encodeURIComponent(item.orderingKey))
          .header(Channel.HEADER_SIGNATURE, item.signature)
          .POST(HttpRequest.BodyPublishers.ofString(item.body, StandardCharsets.UTF_8)).build();
      response = http.send(req, HttpResponse.BodyHandlers.ofByteArray());
    } catch (ClientCredentials.TokenException e) {
      problem(item, "token", e.status == 0 ? null : e.status, e.getMessage(), null, null, false);
      return;
    } catch (IOException | java.security.GeneralSecurityException e) {
      problem(item, "network", null, String.valueOf(e.getMessage()), null, null, false);
      return;
    }
    int status = response.statusCode();
    Long retryAfter = response.headers().firstValue("Retry-After").filter(v -> v.trim().matches("\\d+")).map(v -> Long.parseLong(v.trim())).orElse(null);
    if (status == 429 || status >= 500) {
      problem(item, "unavailable", status, "the platform answered " + status, null, retryAfter, false);
      return;
    }
    JsonNode body;
    try {
      body = Outbox.JSON.readTree(response.body());
    } catch (IOException e) {
      body = null;
    }
    if (body == null || !body.isObject()) {
      problem(item, "unavailable", status, "the platform answered " + status + " with a body that is not JSON", null, null, false);
      return;
    }
    if (!body.has("status") || !body.has("receiptId")) {
      // problem+json about the access token: a new token, at once the first time.
      try {
        tokens().invalidate();
      } catch (IOException e) {
        // the next attempt fetches the discovery document again
      }
      problem(item, "token", status, "the platform refused the access token (" + status + " " + body.path("code").asText("") + ")", null, null, item.attempts <= 1);
      return;
    }
    try {
      verifyReceipt(response.body(), response.headers().firstValue(Channel.HEADER_SIGNATURE).orElse(null));
    } catch (IOException | java.security.GeneralSecurityException e) {
      problem(item, "receipt-signature", status, "the receipt's signature does not verify: " + e.getMessage(), null, null, false);
      return;
    }
    JsonNode findings = body.path("findings");
    List<String> ruleIds = new ArrayList<>();
    for (JsonNode f : findings) ruleIds.add(f.path("ruleId").asText());
    if (body.path("sequenceConsumed").asBoolean(false) || !"rejected".equals(body.path("status").asText())) {
      settle(item, status, body);
      return;
    }
    if (status == 409) {
      // Our numbering is out of step with the platform's (an old backup, say): renumber past what it has.
      try {
        JsonNode s = sequenceStatus();
        synchronized (this) {
          counters.nextSequence = Math.max(counters.nextSequence, s.path("highestReceived").asLong() + 1);
        }
      } catch (IOException e) {
        // renumber from our own counter
      }
      synchronized (this) {
        item.sequence = null;
        item.signature = null;
        item.eventId = UUID.randomUUID().toString();
        store.save(item);
      }
      problem(item, "renumbered", status, "the platform refused the message's numbering (" + String.join(", ", ruleIds) + "); renumbered", findings, null, true);
      return;
    }
    problem(item, "refused", status, "the platform refused the message (" + String.join(", ", ruleIds) + "); it stays in the outbox until the cause is fixed", findings, null, false);
  }

  private void settle(Outbox.Item item, int httpStatus, JsonNode receipt) {
    Delivery d = new Delivery(item, receipt.path("status").asText(), httpStatus, receipt);
    List<CompletableFuture<Delivery>> ws;
    List<CompletableFuture<Void>> drained = List.of();
    synchronized (this) {
      store.settle(item, receipt);
      store.remove(item);
      ArrayDeque<Outbox.Item> lane = lanes.get(item.orderingKey);
      lane.poll();
      if (lane.isEmpty()) lanes.remove(item.orderingKey);
      notBefore.remove(item.orderingKey);
      ws = waiters.remove(item.id);
      if (pending() == 0) {
        drained = new ArrayList<>(drainWaiters);
        drainWaiters.clear();
      }
    }
    if (o.onDelivery != null) o.onDelivery.accept(d);
    if (ws != null) ws.forEach(w -> w.complete(d));
    drained.forEach(w -> w.complete(null));
  }

  private HttpResponse<byte[]> authorised(HttpRequest.Builder req) throws IOException, InterruptedException {
    return http.send(req.header("Authorization", "Bearer " + tokens().token()).timeout(o.requestTimeout).build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  /** getSequenceStatus: how far the platform has applied this system's sequence. */
  public JsonNode sequenceStatus() throws IOException, InterruptedException {
    HttpResponse<byte[]> r = authorised(HttpRequest.newBuilder(URI.create(intakeUrl + Channel.PATH_SEQUENCE_STATUS.replace("{systemNo}", o.systemNo))));
    if (r.statusCode() != 200) throw new IOException("the sequence status answered " + r.statusCode());
    return Outbox.JSON.readTree(r.body());
  }

  /**
   * Posts a signed reconciliation manifest of `records` (the latest version of each DATA_KEY the system
   * holds) for `days` (yyyyMMdd) and returns the platform's report (its receipt signature verified).
   */
  public JsonNode reconcile(Iterable<JsonNode> records, List<String> days, boolean withItems) throws IOException, InterruptedException, java.security.GeneralSecurityException {
    ObjectNode manifest = Reconciliation.manifest(o.systemNo, records, days, withItems, UUID.randomUUID().toString(), ISO.format(Instant.now()));
    byte[] body = manifest.toString().getBytes(StandardCharsets.UTF_8);
    String eventId = UUID.randomUUID().toString();
    Map<String, Object> header = new LinkedHashMap<>();
    header.put(Channel.HEADER_EVENT_ID.toLowerCase(), eventId);
    header.put(Channel.HEADER_SYSTEM_NO.toLowerCase(), o.systemNo);
    String signature = DetachedJws.sign(body, o.signingKey, header);
    HttpResponse<byte[]> r = authorised(HttpRequest.newBuilder(URI.create(intakeUrl + Channel.PATH_RECONCILIATION))
        .header("Content-Type", Channel.CONTENT_TYPE_RECONCILIATION_MANIFEST).header(Channel.HEADER_EVENT_ID, eventId).header(Channel.HEADER_SYSTEM_NO, o.systemNo).header(Channel.HEADER_SIGNATURE, signature)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    String text = new String(r.body(), StandardCharsets.UTF_8);
    if (r.statusCode() != 200) throw new IOException("the platform refused the manifest (" + r.statusCode() + "): " + text.substring(0, Math.min(500, text.length())));
    verifyReceipt(r.body(), r.headers().firstValue(Channel.HEADER_SIGNATURE).orElse(null));
    return Outbox.JSON.readTree(text);
  }

  /** Publishes again, each as a new message, the records a reconciliation report names as missing or differing. */
  public List<String> resend(JsonNode report, java.util.function.Function<String, JsonNode> lookup) {
    List<String> ids = new ArrayList<>();
    for (JsonNode b : report.path("buckets"))
      for (String list : new String[] {"missing", "differing"})
        for (JsonNode key : b.path(list)) {
          JsonNode record = lookup.apply(key.asText());
          if (record != null) ids.add(publish(List.of(record), null, null));
        }
    return ids;
  }
}
