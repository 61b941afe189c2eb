package cn.xiamen.ggzy.ywjy.validate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Validates NDJSON records (one per line) and writes, for each line, one line of JSON:
 * {"line":N,"findings":[{ruleId,severity,DATA_NO,DATA_KEY,path,message:{zh,en}}…]}.
 * Exit code 0 when no record has an error, 1 otherwise, 2 when the input cannot be read.
 *
 * With --package-headers each line is a report package whose header is checked (its records are not).
 * With --norm-version V1.0 (or by-date) records are judged by that version of the norm (the current one by default).
 *
 * <pre>java -cp … cn.xiamen.ggzy.ywjy.validate.ValidateCommand [--system-no 0201] [--package-headers] [--norm-version V1.0|by-date] records.ndjson|-</pre>
 */
public final class ValidateCommand {
  private ValidateCommand() {}

  public static void main(String[] args) throws Exception {
    String systemNo = null;
    String input = "-";
    boolean headers = false;
    String normVersion = null;
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--system-no") && i + 1 < args.length) systemNo = args[++i];
      else if (args[i].equals("--package-headers")) headers = true;
      else if (args[i].equals("--norm-version") && i + 1 < args.length) normVersion = args[++i];
      else input = args[i];
    }
    ObjectMapper json = new ObjectMapper();
    Validator validator;
    try {
      validator = new Validator(normVersion);
    } catch (IllegalArgumentException e) {
      System.err.println("ValidateCommand: --norm-version: " + e.getMessage());
      System.exit(2);
      return;
    }
    PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), false, StandardCharsets.UTF_8);
    boolean errors = false;
    try (BufferedReader reader = input.equals("-")
        ? new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))
        : Files.newBufferedReader(Path.of(input), StandardCharsets.UTF_8)) {
      String line;
      int n = 0;
      while ((line = reader.readLine()) != null) {
        n++;
        if (line.isBlank()) continue;
        ObjectNode result = json.createObjectNode();
        result.put("line", n);
        ArrayNode findings = result.putArray("findings");
        JsonNode record;
        try {
          record = json.readTree(line);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
          result.put("error", "not JSON: " + e.getOriginalMessage());
          out.println(json.writeValueAsString(result));
          errors = true;
          continue;
        }
        for (Finding f : headers ? validator.validatePackageHeader(record) : validator.validateRecord(record, systemNo)) {
          errors |= f.severity().equals("error");
          findings.add(json.valueToTree(f));
        }
        out.println(json.writeValueAsString(result));
      }
    } catch (java.io.IOException e) {
      System.err.println("ValidateCommand: cannot read " + input + ": " + e.getMessage());
      System.exit(2);
    }
    out.flush();
    System.exit(errors ? 1 : 0);
  }
}
