package org.newsroom.wpimport.wxr;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes a large WXR file: {@code posts} posts of {@code commentsPerPost} threaded comments with long texts. */
final class GeneratedExport {

    private GeneratedExport() {
    }

    static void write(Path file, int posts, int commentsPerPost, int commentLength) throws IOException {
        String text = "Lorem ipsum dolor sit amet \uD83D\uDE00 ".repeat(commentLength / 30 + 1).substring(0, commentLength);
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\" xmlns:content=\"http://purl.org/rss/1.0/modules/content/\""
                    + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:wp=\"http://wordpress.org/export/1.2/\">\n<channel>\n"
                    + "<link>https://big.example.org</link>\n<wp:wxr_version>1.2</wp:wxr_version>\n");
            int commentId = 0;
            for (int post = 1; post <= posts; post++) {
                out.write("<item><title>Post " + post + "</title><dc:creator>editor</dc:creator><content:encoded><![CDATA[<p>Post "
                        + post + "</p>]]></content:encoded><wp:post_id>" + post + "</wp:post_id><wp:post_date_gmt>2020-01-01 00:00:00"
                        + "</wp:post_date_gmt><wp:post_name>post-" + post + "</wp:post_name><wp:status>publish</wp:status>"
                        + "<wp:post_type>post</wp:post_type>\n");
                int first = commentId + 1;
                for (int i = 0; i < commentsPerPost; i++) {
                    commentId++;
                    // every third comment replies to the one before it, and comes first in the file
                    int parent = i % 3 == 2 ? commentId - 1 : 0;
                    out.write("<wp:comment><wp:comment_id>" + commentId + "</wp:comment_id><wp:comment_author>Reader " + commentId
                            + "</wp:comment_author><wp:comment_author_email>r" + commentId + "@example.org</wp:comment_author_email>"
                            + "<wp:comment_date_gmt>2020-01-02 00:00:00</wp:comment_date_gmt><wp:comment_content><![CDATA[" + text
                            + "]]></wp:comment_content><wp:comment_approved>" + (i % 10 == 9 ? "0" : "1") + "</wp:comment_approved>"
                            + "<wp:comment_parent>" + (parent < first ? 0 : parent) + "</wp:comment_parent></wp:comment>\n");
                }
                out.write("</item>\n");
            }
            out.write("</channel>\n</rss>\n");
        }
    }

    /** {@code GeneratedExport FILE POSTS COMMENTS_PER_POST COMMENT_LENGTH}: for the benchmark. */
    public static void main(String[] args) throws IOException {
        write(Path.of(args[0]), Integer.parseInt(args[1]), Integer.parseInt(args[2]), Integer.parseInt(args[3]));
    }
}
