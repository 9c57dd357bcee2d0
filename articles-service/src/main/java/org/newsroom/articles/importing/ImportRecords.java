package org.newsroom.articles.importing;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import com.mongodb.reactivestreams.client.MongoClient;
import com.mongodb.reactivestreams.client.MongoCollection;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.mongodb.operations.MongoDatabaseNameProvider;
import jakarta.inject.Singleton;
import org.bson.Document;
import org.newsroom.articles.Article;
import reactor.core.publisher.Mono;

import java.time.Instant;

/**
 * What was imported from where, one document per source (the source is its {@code _id}, so the
 * database keeps it unique): the slug it reserved, then the article it became and a hash of what
 * the source said. A record without an article is an import that stopped half-way.
 */
@Singleton
public class ImportRecords {

    private final MongoCollection<Document> records;

    public ImportRecords(MongoClient client, MongoDatabaseNameProvider databaseName) {
        this.records = client.getDatabase(databaseName.provide(Article.class)).getCollection("imported_articles");
    }

    /** A record as stored; {@code articleId} and {@code contentHash} are null until the article is written. */
    public record ImportRecord(String source, String slug, @Nullable String articleId, @Nullable String contentHash) {
    }

    Mono<ImportRecord> find(String source) {
        return Mono.from(records.find(Filters.eq("_id", source)).first())
                .map(found -> new ImportRecord(source, found.getString("slug"), found.getString("articleId"), found.getString("contentHash")));
    }

    /** Reserves the slug for the source before the article is written; fails with a duplicate key if another run did. */
    Mono<Void> reserve(String source, String slug) {
        return Mono.from(records.insertOne(new Document("_id", source).append("slug", slug).append("importedAt", Instant.now()))).then();
    }

    Mono<Void> written(String source, String articleId, String contentHash) {
        return Mono.from(records.updateOne(Filters.eq("_id", source), Updates.combine(Updates.set("articleId", articleId),
                Updates.set("contentHash", contentHash), Updates.set("importedAt", Instant.now())))).then();
    }

    Mono<Void> forget(String source) {
        return Mono.from(records.deleteOne(Filters.eq("_id", source))).then();
    }
}
