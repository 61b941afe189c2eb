package cn.xiamen.ggzy.ywjy.runtime;

/** A version of the data norm: its ID, the first day (yyyy-MM-dd) it applies to records, its names. */
public record NormVersion(String id, String inForce, Localized names) {}
