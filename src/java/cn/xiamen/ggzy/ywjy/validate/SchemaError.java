package cn.xiamen.ggzy.ywjy.validate;

import java.util.Map;

/** A JSON Schema failure as ajv reports it: keyword, the JSON Pointer of the value, the keyword's parameters, ajv's message. */
public record SchemaError(String keyword, String instancePath, Map<String, Object> params, String message) {}
