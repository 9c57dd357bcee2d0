package org.newsroom.wpimport.wxr;

/**
 * One {@code wp:comment} as the export has it: ids, dates ({@code yyyy-MM-dd HH:mm:ss}, GMT and
 * local) and {@code approved} ({@code 1}, {@code 0}, {@code spam}, {@code trash}, ...) are raw
 * text; {@code parentId} is {@code 0} for a top-level comment.
 */
public record WxrComment(String id, String parentId, String authorName, String authorEmail, String authorUrl,
                         String authorIp, String date, String dateGmt, String content, String approved, String type) {

    public static final String NO_PARENT = "0";

    public boolean isTopLevel() {
        return NO_PARENT.equals(parentId);
    }

    public boolean isPingOrTrackback() {
        return "pingback".equals(type) || "trackback".equals(type);
    }

    WxrComment withParent(String parent) {
        return new WxrComment(id, parent, authorName, authorEmail, authorUrl, authorIp, date, dateGmt, content, approved, type);
    }
}
