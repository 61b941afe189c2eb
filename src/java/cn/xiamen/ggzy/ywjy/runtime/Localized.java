package cn.xiamen.ggzy.ywjy.runtime;

/** A text in Chinese and English (the norm's texts are zh-CN first). */
public record Localized(String zh, String en) {}
