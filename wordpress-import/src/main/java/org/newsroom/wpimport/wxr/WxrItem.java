package org.newsroom.wpimport.wxr;

import java.util.List;

/**
 * One {@code item} of the export (a post, page, attachment, menu item...) with its tags (the
 * {@code post_tag} category names) and its comments, ordered so that a reply comes after its parent;
 * {@code password} is WordPress's {@code post_password}, empty when the post is not password-protected; {@code title} is
 * the text of WordPress's HTML title ({@link HtmlTitle}).
 */
public record WxrItem(String id, String type, String title, String name, String creator, String content, String excerpt,
                      List<String> tags, String status, String commentStatus, String date, String dateGmt, String password,
                      List<WxrComment> comments) {

    public boolean isPost() {
        return "post".equals(type);
    }
}
