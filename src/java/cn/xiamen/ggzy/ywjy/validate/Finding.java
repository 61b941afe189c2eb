package cn.xiamen.ggzy.ywjy.validate;

import cn.xiamen.ggzy.ywjy.runtime.Localized;

/**
 * One problem found in a record — the shape `ywjy validate` reports: the rule's ID and severity, the
 * record's DATA_NO and DATA_KEY (when it has them), the JSON Pointer of the value, the message in zh and en.
 */
public record Finding(String ruleId, String severity, Number DATA_NO, String DATA_KEY, String path, Localized message) {}
