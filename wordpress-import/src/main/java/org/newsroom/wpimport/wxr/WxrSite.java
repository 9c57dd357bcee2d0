package org.newsroom.wpimport.wxr;

/**
 * What the first pass learned of a valid export: its WXR version, the site's address (the
 * {@code base_blog_url}, else the channel's link, else {@code base_site_url}) and how many items
 * and comments it holds.
 */
public record WxrSite(String wxrVersion, String siteUrl, long items, long comments) {
}
