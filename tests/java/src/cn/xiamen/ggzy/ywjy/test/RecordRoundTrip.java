package cn.xiamen.ggzy.ywjy.test;

import cn.xiamen.ggzy.ywjy.model.ReportRecord;
import cn.xiamen.ggzy.ywjy.runtime.DataSetContract;
import cn.xiamen.ggzy.ywjy.runtime.DataSetRecord;
import cn.xiamen.ggzy.ywjy.spec.DataSets;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * For the tests: reads report records (NDJSON on stdin) into the generated types — ReportRecord, then the
 * data set's record by its DATA_NO — writes them back, and prints each as JSON with the Java types of its
 * context's values, so that the test can see that nothing was lost or reformatted.
 */
public final class RecordRoundTrip {
  public static void main(String[] args) throws Exception {
    ObjectMapper json = new ObjectMapper();
    Map<Integer, DataSetContract> byNo = new LinkedHashMap<>();
    for (DataSetContract d : DataSets.ALL) byNo.put(d.dataNo(), d);
    BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    var out = new java.io.PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), false, StandardCharsets.UTF_8);
    String line;
    while ((line = in.readLine()) != null) {
      if (line.isBlank()) continue;
      ReportRecord record = json.readValue(line, ReportRecord.class);
      DataSetContract contract = byNo.get(record.DATA_NO());
      DataSetRecord typed = (DataSetRecord) contract.recordType().getMethod("fromContext", Map.class).invoke(null, record.context());
      Map<String, String> types = new LinkedHashMap<>();
      for (var c : typed.getClass().getRecordComponents()) {
        Object v = c.getAccessor().invoke(typed);
        if (v != null) types.put(c.getName(), v instanceof java.util.List<?> l && !l.isEmpty() ? "List<" + l.get(0).getClass().getSimpleName() + ">" : v.getClass().getSimpleName());
      }
      ReportRecord again = new ReportRecord(typed.dataNo(), typed.dataEn(), record.DATA_TYPE(), record.DATA_KEY(), typed.toContext(), record.attachments());
      Map<String, Object> result = new LinkedHashMap<>();
      result.put("record", again);
      result.put("types", types);
      out.println(json.writeValueAsString(result));
    }
    out.flush();
  }
}
