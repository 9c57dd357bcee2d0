package org.newsroom.gateway.feeds;

import com.rometools.rome.feed.atom.Content;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.feed.atom.Person;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedOutput;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import org.newsroom.gateway.articles.ListedArticle;
import org.newsroom.gateway.http.Rendered;
import org.newsroom.gateway.pages.Links;
import org.newsroom.gateway.pages.Site;
import org.newsroom.support.text.BidiIsolation;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Objects;

/**
 * Atom 1.0 documents written by Rome: absolute links from SITE_URL, {@code tag:} ids that stay the
 * same whatever the title or slug becomes, text escaped and comment HTML (already sanitized) as
 * escaped {@code html} content, without the characters XML cannot hold ({@link XmlText}). Nothing else of an
 * author than the name and a web site goes in.
 */
@Singleton
public class AtomFeeds {

    static final String ATOM = "application/atom+xml; charset=utf-8";
    private static final String ID_DATE = "2024";

    private final Site site;

    public AtomFeeds(Site site) {
        this.site = site;
    }

    Published articles(List<ListedArticle> items, String selfPath) {
        List<Entry> entries = new ArrayList<>();
        for (ListedArticle article : items) {
            Entry entry = entry(id("article:" + article.id()), Objects.requireNonNullElse(article.title(), article.slug()),
                    site.articleUrl(article.slug()), instant(article.updatedAt()), instant(article.publishedAt()),
                    Objects.requireNonNullElse(article.author(), site.name()), null);
            if (article.excerpt() != null && !article.excerpt().isBlank()) {
                entry.setSummary(content("text", article.excerpt()));
            }
            entries.add(entry);
        }
        return write(id("feed:articles"), site.name() + " — articles", site.absolute("/"), selfPath, entries, null);
    }

    /** {@code whenEmpty}: the feed's time when it has no entry, when something better than none is known. */
    Published comments(List<FeedComment> comments, String title, String id, String alternate, String selfPath, @Nullable Instant whenEmpty) {
        List<Entry> entries = new ArrayList<>();
        for (FeedComment comment : comments) {
            String name = comment.authorName() == null || comment.authorName().isBlank() ? "Anonymous" : comment.authorName();
            Entry entry = entry(id("comment:" + comment.id()), "Comment by " + BidiIsolation.isolated(name),
                    site.absolute(Links.comment(comment.articleSlug(), comment.pageOrFirst(), comment.id())),
                    instant(comment.editedAt() != null ? comment.editedAt() : comment.createdAt()), instant(comment.createdAt()), name,
                    webUrl(comment.authorUrl()));
            entry.setContents(List.of(content("html", comment.contentHtml())));
            entries.add(entry);
        }
        return write(id(id), title, alternate, selfPath, entries, whenEmpty);
    }

    String id(String what) {
        return "tag:" + site.host() + "," + ID_DATE + ":" + what;
    }

    /**
     * A feed is as new as its newest entry; without entries, {@code whenEmpty}, else nothing is known: no Last-Modified
     * then, and Atom's required {@code updated} says 1970-01-01T00:00:00Z.
     */
    private Published write(String id, String title, String alternate, String selfPath, List<Entry> entries, @Nullable Instant whenEmpty) {
        Feed feed = new Feed("atom_1.0");
        feed.setId(id);
        feed.setTitle(XmlText.of(title));
        feed.setAlternateLinks(List.of(link("alternate", alternate, "text/html")));
        feed.setOtherLinks(List.of(link("self", site.absolute(selfPath), "application/atom+xml")));
        feed.setAuthors(List.of(person(site.name(), site.absolute("/"))));
        Instant updated = entries.stream().map(Entry::getUpdated).filter(Objects::nonNull).map(Date::toInstant)
                .max(Comparator.naturalOrder()).orElse(entries.isEmpty() ? whenEmpty : null);
        feed.setUpdated(Date.from(updated == null ? Instant.EPOCH : updated));
        feed.setEntries(entries);
        try {
            byte[] xml = new WireFeedOutput().outputString(feed, true).getBytes(StandardCharsets.UTF_8);
            return new Published(Rendered.ok(xml, ATOM), updated);
        } catch (FeedException e) {
            throw new IllegalStateException("feed " + id + " could not be written", e);
        }
    }

    private Entry entry(String id, String title, String url, @Nullable Instant updated, @Nullable Instant published, String author,
                        @Nullable String authorUrl) {
        Entry entry = new Entry();
        entry.setId(id);
        entry.setTitleEx(content("text", title));
        entry.setAlternateLinks(List.of(link("alternate", url, "text/html")));
        Instant changed = updated != null ? updated : published != null ? published : Instant.EPOCH;
        entry.setUpdated(Date.from(changed));
        if (published != null) {
            entry.setPublished(Date.from(published));
        }
        entry.setAuthors(List.<SyndPerson>of(person(author, authorUrl)));
        return entry;
    }

    private static Person person(String name, @Nullable String uri) {
        Person person = new Person();
        person.setName(XmlText.of(name));
        person.setUri(uri);
        return person;
    }

    private static Link link(String rel, String href, String type) {
        Link link = new Link();
        link.setRel(rel);
        link.setHref(href);
        link.setType(type);
        return link;
    }

    private static Content content(String type, String value) {
        Content content = new Content();
        content.setType(type);
        content.setValue(XmlText.of(value));
        return content;
    }

    @Nullable
    private static String webUrl(@Nullable String url) {
        return url != null && url.matches("(?i)https?://[^\\s\"'<>]+") ? url : null;
    }

    @Nullable
    static Instant instant(@Nullable String iso) {
        try {
            return iso == null ? null : Instant.parse(iso);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
