package cn.xiamen.ggzy.ywjy.runtime;

import java.util.Map;

/** An identifier format: its name, and the worded reasons its check returns. */
public record FormatInfo(Localized name, Map<String, Localized> reasons) {}
