package cn.xiamen.ggzy.ywjy.examples;

import cn.xiamen.ggzy.ywjy.channel.Publisher;
import cn.xiamen.ggzy.ywjy.channel.SigningKey;
import cn.xiamen.ggzy.ywjy.validate.Finding;
import cn.xiamen.ggzy.ywjy.validate.Validator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

/**
 * A Java trading system's push to the city platform, end to end:
 * <pre>
 *   java … PushRecords new-key push-key.json            # prints the public JWKS to register at the platform
 *   YWJY_CLIENT_SECRET=… java … PushRecords push --platform http://127.0.0.1:8686 --system-no 0201 \
 *       --client-id my-system --key push-key.json [--data-dir .outbox] records.ndjson
 * </pre>
 * `push` validates each record first (the same findings as `ywjy validate`), publishes the valid ones (one
 * message per record, ordered by tender project), waits for every final receipt, reconciles the days the
 * records count for, and prints one JSON line per event: validation, problem, delivery, reconciliation.
 */
public final class PushRecords {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static String arg(List<String> args, String name, String fallback) {
    int i = args.indexOf(name);
    return i >= 0 && i + 1 < args.size() ? args.get(i + 1) : fallback;
  }

  private static synchronized void emit(ObjectNode line) {
    System.out.println(line.toString());
    System.out.flush();
  }

  public static void main(String[] argv) throws Exception {
    List<String> args = List.of(argv);
    if (args.isEmpty()) {
      System.err.println("usage: PushRecords new-key FILE [ES256|EdDSA] | push --platform URL --system-no NNNN --client-id ID --key FILE [--data-dir DIR] RECORDS.ndjson");
      System.exit(2);
    }
    if (args.get(0).equals("new-key")) {
      SigningKey key = SigningKey.generate(args.size() > 2 ? args.get(2) : "ES256");
      key.save(Path.of(args.get(1)));
      System.out.println(key.jwks());
      return;
    }
    String secret = System.getenv("YWJY_CLIENT_SECRET");
    if (secret == null) {
      System.err.println("PushRecords: set YWJY_CLIENT_SECRET (the secret stays out of the command line)");
      System.exit(2);
    }
    Publisher.Options o = new Publisher.Options();
    o.platformUrl = arg(args, "--platform", "http://127.0.0.1:8686");
    o.systemNo = arg(args, "--system-no", null);
    o.clientId = arg(args, "--client-id", null);
    o.clientSecret = secret;
    o.signingKey = SigningKey.load(Path.of(arg(args, "--key", "push-key.json")));
    String dataDir = arg(args, "--data-dir", null);
    if (dataDir != null) o.dataDir = Path.of(dataDir);
    o.onProblem = p -> emit(JSON.createObjectNode().put("event", "problem").put("kind", p.kind()).put("httpStatus", p.httpStatus()).put("sequence", p.item().sequence).put("retryInMs", p.retryInMs()).put("message", p.message()));
    o.onDelivery = d -> {
      ObjectNode line = JSON.createObjectNode().put("event", "delivery").put("id", d.item().id).put("sequence", d.item().sequence).put("status", d.status()).put("httpStatus", d.httpStatus()).put("attempts", d.item().attempts);
      line.set("receipt", d.receipt());
      emit(line);
    };

    Validator validator = new Validator();
    List<JsonNode> records = new ArrayList<>();
    for (String text : Files.readAllLines(Path.of(args.get(args.size() - 1)), StandardCharsets.UTF_8)) {
      if (text.isBlank()) continue;
      JsonNode record = JSON.readTree(text);
      List<Finding> findings = validator.validateRecord(record, o.systemNo);
      ObjectNode line = JSON.createObjectNode().put("event", "validation").put("DATA_KEY", record.path("DATA_KEY").asText());
      line.set("findings", JSON.valueToTree(findings));
      emit(line);
      // A vendor would fix its data first; the demo pushes every record, so that the platform's receipts show.
      records.add(record);
    }
    try (Publisher publisher = new Publisher(o)) {
      publisher.start();
      for (JsonNode r : records) publisher.publish(List.of(r), null, null);
      publisher.drain().get(120, TimeUnit.SECONDS);
      TreeSet<String> days = new TreeSet<>();
      for (JsonNode r : records) {
        String ts = r.path("context").path("DATA_TIMESTAMP").asText("");
        if (ts.length() >= 8) days.add(ts.substring(0, 8));
      }
      if (!days.isEmpty()) {
        ObjectNode line = JSON.createObjectNode().put("event", "reconciliation");
        line.set("report", publisher.reconcile(records, new ArrayList<>(days), true));
        emit(line);
      }
      ObjectNode line = JSON.createObjectNode().put("event", "done").put("nextSequence", publisher.nextSequence());
      line.set("sequenceStatus", publisher.sequenceStatus());
      emit(line);
    }
  }
}
