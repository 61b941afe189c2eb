package cn.xiamen.ggzy.ywjy.examples;

import cn.xiamen.ggzy.ywjy.access.AccessClient;
import cn.xiamen.ggzy.ywjy.access.ClientCredentials;
import cn.xiamen.ggzy.ywjy.spec.AccessApi;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The platform's side of the access standard, from Java: a token by client credentials, then a sandbox
 * system's discovery, a conformance scenario, its data sets, a data set's records page by page, one
 * record, and the same record again with its ETag (304). Prints one JSON line per step.
 * <pre>
 *   YWJY_CLIENT_SECRET=… java … QueryRecords --target http://127.0.0.1:8585 --token-url http://127.0.0.1:8686/token \
 *       --client-id portal --audience urn:ywjy:system:0201 [--data-no 502]
 * </pre>
 */
public final class QueryRecords {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static String arg(List<String> args, String name, String fallback) {
    int i = args.indexOf(name);
    return i >= 0 && i + 1 < args.size() ? args.get(i + 1) : fallback;
  }

  private static void emit(String step, JsonNode value) {
    ObjectNode line = JSON.createObjectNode().put("step", step);
    line.set("value", value);
    System.out.println(line);
  }

  public static void main(String[] argv) throws Exception {
    List<String> args = List.of(argv);
    ClientCredentials tokens = new ClientCredentials(HttpClient.newHttpClient(), arg(args, "--token-url", null), arg(args, "--client-id", null), System.getenv("YWJY_CLIENT_SECRET"),
        List.of("records:read", "conformance:run"), arg(args, "--audience", null), Duration.ofSeconds(10));
    AccessClient client = new AccessClient(arg(args, "--target", "http://127.0.0.1:8585"), tokens);
    int dataNo = Integer.parseInt(arg(args, "--data-no", "502"));
    emit("discovery", client.discovery());
    emit("scenario", client.runScenario("create-tender-project", null));
    emit("data-sets", client.dataSets());
    String cursor = null;
    do {
      JsonNode page = client.listRecords(dataNo, null, cursor, 1);
      emit("page", page);
      cursor = page.path("nextCursor").isTextual() ? page.path("nextCursor").asText() : null;
    } while (cursor != null);
    List<JsonNode> all = client.allRecords(dataNo, null);
    String key = all.get(0).path("record").path("DATA_KEY").asText();
    emit("record", client.getRecord(dataNo, key));
    AccessClient.Response first = client.call(AccessApi.GET_RECORD, Map.of("dataNo", dataNo, "dataKey", key), null, null, null);
    AccessClient.Response again = client.call(AccessApi.GET_RECORD, Map.of("dataNo", dataNo, "dataKey", key), null, null, Map.of("If-None-Match", first.headers().firstValue("ETag").orElse("")));
    emit("etag", JSON.createObjectNode().put("first", first.status()).put("again", again.status()));
    try {
      client.getRecord(dataNo, "0201502999999999999999");
    } catch (AccessClient.ProblemException e) {
      emit("not-found", e.problem);
    }
  }
}
