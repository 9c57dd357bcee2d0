package org.newsroom.gateway;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OpenAPI document the gateway serves under {@code /swagger/} describes the public API of the
 * contract: per operation the statuses it names (with problem+json bodies for errors), the headers
 * (Location, ETag, Retry-After, X-Request-Id, If-Match, If-None-Match), optional query parameters as
 * optional, and real schemas instead of the controllers' raw bytes. A part the operations share may stand once in
 * components and be named by {@code $ref}: the checks read the document with those references resolved.
 */
class OpenApiDocumentTest extends FakeBackendsTest {

    private static final String DOCUMENT = "/swagger/news-platform-1.0.yml";
    private static final String PROBLEM = "application/problem+json";

    /** Every public /api operation and the statuses the contract (docs/api.md) gives it. */
    private static final Map<String, List<String>> STATUSES = new LinkedHashMap<>();

    static {
        STATUSES.put("GET /api/articles", List.of("200", "304", "400", "401", "403", "429"));
        STATUSES.put("POST /api/articles", List.of("201", "400", "401", "403", "409", "413", "415", "429", "504"));
        STATUSES.put("GET /api/articles/{slug}", List.of("200", "304", "400", "404", "429", "503"));
        STATUSES.put("PUT /api/articles/{slug}", List.of("200", "400", "401", "403", "404", "409", "412", "413", "415", "429", "504"));
        STATUSES.put("DELETE /api/articles/{slug}", List.of("204", "401", "403", "404", "429", "504"));
        STATUSES.put("POST /api/articles/preview", List.of("200", "400", "401", "403", "413", "415", "429"));
        STATUSES.put("GET /api/articles/{slug}/comments", List.of("200", "304", "400", "404", "429", "503"));
        STATUSES.put("POST /api/articles/{slug}/comments", List.of("201", "400", "403", "404", "409", "413", "415", "429", "504"));
        STATUSES.put("GET /api/comments/{id}", List.of("200", "304", "404", "429"));
        STATUSES.put("PUT /api/comments/{id}", List.of("200", "400", "403", "404", "409", "413", "415", "429", "504"));
        STATUSES.put("DELETE /api/comments/{id}", List.of("204", "403", "404", "409", "429", "504"));
        STATUSES.put("GET /api/moderation/comments", List.of("200", "400", "401", "403", "429"));
        STATUSES.put("GET /api/moderation/counts", List.of("200", "401", "403", "429"));
        STATUSES.put("PATCH /api/moderation/comments/{id}", List.of("200", "400", "401", "403", "404", "413", "415", "429", "504"));
        STATUSES.put("DELETE /api/moderation/comments/{id}", List.of("204", "401", "403", "404", "429", "504"));
        STATUSES.put("POST /api/login", List.of("200", "400", "401", "413", "415", "429"));
        STATUSES.put("PUT /api/import/articles", List.of("200", "400", "401", "403", "409", "413", "415", "429", "504"));
        STATUSES.put("PUT /api/import/comments", List.of("200", "400", "401", "403", "413", "415", "429", "504"));
    }

    private static final Set<String> PUBLIC_READS = Set.of("GET /api/articles", "GET /api/articles/{slug}",
            "GET /api/articles/{slug}/comments", "GET /api/comments/{id}");

    private static Map<String, Object> document;

    @BeforeAll
    static void start() {
        backends = new FakeBackends(Map.of());
        FakeBackends.Reply reply = backends.get(DOCUMENT);
        assertThat(reply.status()).isEqualTo(200);
        Map<String, Object> served = new Yaml().load(reply.body());
        document = map(resolved(served, served));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return value == null ? Map.of() : (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Object value) {
        return value == null ? List.of() : (List<Map<String, Object>>) value;
    }

    /**
     * The document with every {@code $ref} to a component other than a schema (a parameter, response or header the
     * operations share) replaced by the component it names, so that the checks read what a client reads. A schema's
     * {@code $ref} stays: the checks name the schema.
     */
    @SuppressWarnings("unchecked")
    private static Object resolved(Map<String, Object> root, Object value) {
        if (value instanceof Map<?, ?> object) {
            Object ref = object.get("$ref");
            if (ref instanceof String name && name.startsWith("#/components/") && !name.startsWith("#/components/schemas/")) {
                String[] parts = name.split("/");
                Object target = map(map(root.get("components")).get(parts[2])).get(parts[3]);
                assertThat(target).as(name).isNotNull();
                return resolved(root, target);
            }
            Map<String, Object> copy = new LinkedHashMap<>();
            ((Map<String, Object>) object).forEach((key, item) -> copy.put(key, resolved(root, item)));
            return copy;
        }
        if (value instanceof List<?> items) {
            return items.stream().map(item -> resolved(root, item)).toList();
        }
        return value;
    }

    /** "GET /api/articles" → its operation object. */
    private static Map<String, Object> operation(String key) {
        String[] parts = key.split(" ", 2);
        return map(map(map(document.get("paths")).get(parts[1])).get(parts[0].toLowerCase()));
    }

    private static Map<String, Object> responses(String key) {
        return map(operation(key).get("responses"));
    }

    private static Map<String, Object> parameter(String key, String name) {
        return list(operation(key).get("parameters")).stream().filter(p -> name.equals(p.get("name"))).findFirst().orElse(Map.of());
    }

    private static Map<String, Object> schema(String name) {
        return map(map(map(document.get("components")).get("schemas")).get(name));
    }

    @Test
    void everyPublicOperationIsDocumentedAndNothingElseUnderApi() {
        Set<String> documented = new TreeSet<>();
        map(document.get("paths")).forEach((path, item) -> map(item).keySet()
                .forEach(method -> documented.add(method.toUpperCase() + " " + path)));

        assertThat(documented.stream().filter(op -> op.contains(" /api/")).toList())
                .containsExactlyInAnyOrderElementsOf(STATUSES.keySet());
    }

    @Test
    void everyOperationListsTheStatusesOfTheContract() {
        for (Map.Entry<String, List<String>> expected : STATUSES.entrySet()) {
            assertThat(responses(expected.getKey()).keySet()).as(expected.getKey()).containsAll(expected.getValue());
        }
    }

    @Test
    void aCreateIs201WithALocationAndADeletionIs204WithoutABody() {
        for (String create : List.of("POST /api/articles", "POST /api/articles/{slug}/comments")) {
            assertThat(responses(create)).as(create).doesNotContainKey("200");
            assertThat(map(map(responses(create).get("201")).get("headers"))).as(create).containsKey("Location");
        }
        for (String deletion : List.of("DELETE /api/articles/{slug}", "DELETE /api/comments/{id}", "DELETE /api/moderation/comments/{id}")) {
            assertThat(responses(deletion)).as(deletion).doesNotContainKey("200");
            assertThat(map(responses(deletion).get("204"))).as(deletion).doesNotContainKey("content");
        }
    }

    @Test
    void errorsAreProblemDocuments() {
        for (String key : STATUSES.keySet()) {
            responses(key).forEach((status, response) -> {
                if (status.startsWith("4") || status.startsWith("5")) {
                    Map<String, Object> content = map(map(response).get("content"));
                    assertThat(content.keySet()).as(key + " " + status).containsExactly(PROBLEM);
                    assertThat(map(map(content.get(PROBLEM)).get("schema")).get("$ref")).as(key + " " + status)
                            .isEqualTo("#/components/schemas/Problem");
                }
            });
        }
        assertThat(map(schema("Problem").get("properties")).keySet()).contains("type", "title", "status", "detail", "errors");
    }

    @Test
    void everyOperationTakingABodyListsAndAnswers415ToPlainText() {
        List<String> takingBodies = STATUSES.keySet().stream().filter(key -> operation(key).containsKey("requestBody")).toList();

        assertThat(takingBodies).hasSize(9);
        for (String key : takingBodies) {
            assertThat(responses(key)).as(key).containsKey("415");
            String[] parts = key.split(" ", 2);
            String path = parts[1].replace("{slug}", FakeBackends.SLUG).replace("{id}", FakeBackends.ID);
            FakeBackends.Reply reply = backends.sendAs("text/plain", parts[0], path, "some words", backends.bearer("EDITOR", "MODERATOR"));
            assertThat(reply.status()).as(key).isEqualTo(415);
            assertThat(reply.header("Content-Type")).as(key).isEqualTo(PROBLEM);
        }
        assertThat(map(map(operation("POST /api/login").get("requestBody")).get("content")).keySet())
                .containsExactly("application/json");
    }

    @Test
    void tooManyRequestsCarriesRetryAfterAndEveryAnswerCarriesARequestId() {
        for (String key : STATUSES.keySet()) {
            assertThat(map(map(responses(key).get("429")).get("headers"))).as(key).containsKey("Retry-After");
            responses(key).forEach((status, response) ->
                    assertThat(map(map(response).get("headers"))).as(key + " " + status).containsKey("X-Request-Id"));
            Map<String, Object> requestId = parameter(key, "X-Request-Id");
            assertThat(requestId.get("in")).as(key).isEqualTo("header");
            assertThat(requestId.get("required")).as(key).isNotEqualTo(true);
        }
    }

    @Test
    void optionalQueryParametersAreNotRequired() {
        List<String> seen = new ArrayList<>();
        for (String key : STATUSES.keySet()) {
            for (Map<String, Object> parameter : list(operation(key).get("parameters"))) {
                if ("query".equals(parameter.get("in"))) {
                    seen.add(key + " " + parameter.get("name"));
                    assertThat(parameter.get("required")).as(key + " " + parameter.get("name")).isNotEqualTo(true);
                }
            }
        }
        assertThat(seen).contains("GET /api/articles page", "GET /api/articles size", "GET /api/articles tag", "GET /api/articles q",
                "GET /api/articles status", "GET /api/articles/{slug} page", "GET /api/articles/{slug} size",
                "GET /api/articles/{slug}/comments page", "GET /api/articles/{slug}/comments size",
                "GET /api/moderation/comments status", "GET /api/moderation/comments article",
                "GET /api/moderation/comments page", "GET /api/moderation/comments size");
        Map<String, Object> size = map(parameter("GET /api/articles", "size").get("schema"));
        assertThat(size).containsEntry("default", 20).containsEntry("minimum", 1).containsEntry("maximum", 100);
        assertThat(map(parameter("GET /api/articles", "page").get("schema"))).containsEntry("default", 1);
    }

    @Test
    void conditionalHeadersAreDeclared() {
        Map<String, Object> ifMatch = parameter("PUT /api/articles/{slug}", "If-Match");
        assertThat(ifMatch.get("in")).isEqualTo("header");
        assertThat(ifMatch.get("required")).isNotEqualTo(true);
        assertThat(parameter("PUT /api/comments/{id}", "X-Edit-Token").get("in")).isEqualTo("header");
        assertThat(parameter("DELETE /api/comments/{id}", "X-Edit-Token").get("in")).isEqualTo("header");
        for (String read : PUBLIC_READS) {
            assertThat(parameter(read, "If-None-Match").get("in")).as(read).isEqualTo("header");
            assertThat(map(map(responses(read).get("200")).get("headers"))).as(read).containsKey("ETag");
            Map<String, Object> notModified = map(responses(read).get("304"));
            assertThat(map(notModified.get("headers"))).as(read).containsKey("ETag");
            assertThat(notModified).as(read).doesNotContainKey("content");
        }
    }

    @Test
    void bodiesHaveTheirSchemasNotRawBytes() {
        Map<String, String> requests = Map.of(
                "POST /api/articles", "ArticleInput", "PUT /api/articles/{slug}", "ArticleInput",
                "POST /api/articles/{slug}/comments", "CommentInput", "PUT /api/comments/{id}", "CommentEdit",
                "PATCH /api/moderation/comments/{id}", "StatusChange", "POST /api/login", "Credentials",
                "POST /api/articles/preview", "PreviewInput", "PUT /api/import/articles", "ArticleImport",
                "PUT /api/import/comments", "CommentsImport");
        requests.forEach((key, name) -> {
            Map<String, Object> json = map(map(map(operation(key).get("requestBody")).get("content")).get("application/json"));
            assertThat(map(json.get("schema")).get("$ref")).as(key).isEqualTo("#/components/schemas/" + name);
        });
        Map<String, String> answers = new LinkedHashMap<>();
        answers.put("GET /api/articles 200", "ArticleList");
        answers.put("GET /api/articles/{slug} 200", "ArticleView");
        answers.put("POST /api/articles 201", "Article");
        answers.put("PUT /api/articles/{slug} 200", "Article");
        answers.put("POST /api/articles/preview 200", "Preview");
        answers.put("GET /api/articles/{slug}/comments 200", "CommentPage");
        answers.put("GET /api/comments/{id} 200", "Comment");
        answers.put("POST /api/articles/{slug}/comments 201", "PostedComment");
        answers.put("PUT /api/comments/{id} 200", "EditedComment");
        answers.put("GET /api/moderation/comments 200", "ModerationQueue");
        answers.put("GET /api/moderation/counts 200", "StatusCounts");
        answers.put("PATCH /api/moderation/comments/{id} 200", "ModeratedComment");
        answers.put("POST /api/login 200", "BearerAccessRefreshToken");
        answers.put("PUT /api/import/articles 200", "ArticleImportOutcome");
        answers.put("PUT /api/import/comments 200", "CommentsImportOutcome");
        answers.forEach((answer, name) -> {
            int space = answer.lastIndexOf(' ');
            Map<String, Object> response = map(responses(answer.substring(0, space)).get(answer.substring(space + 1)));
            Map<String, Object> json = map(map(response.get("content")).get("application/json"));
            assertThat(map(json.get("schema")).get("$ref")).as(answer).isEqualTo("#/components/schemas/" + name);
        });
        assertThat(schema("ArticleInput").get("required")).asList().containsExactlyInAnyOrder("title", "body");
        assertThat(schema("CommentInput").get("required")).asList().containsExactlyInAnyOrder("authorName", "authorEmail", "content");
        assertThat(map(schema("ArticleView").get("properties")).keySet()).contains("article", "comments", "complete");
        assertThat(map(schema("CommentPage").get("properties")).keySet()).contains("items", "page", "size", "total", "totalPages", "count");
        assertThat(map(schema("ArticleList").get("properties")).keySet()).contains("items", "page", "size", "total", "totalPages", "complete");
    }
}
