package org.newsroom.gateway.articles;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class PassableArticleTest {

    private static final String WHOLE = "{\"id\":\"65f0c0ffee0000000000abcd\",\"slug\":\"s\",\"title\":\"T \\\"q\\\"\",\"excerpt\":\"e\","
            + "\"body\":\"b\\n\\u00e9\",\"bodyFormat\":\"markdown\",\"bodyHtml\":\"<p>b</p>\",\"author\":\"a\",\"tags\":[\"x\",\"y\"],"
            + "\"status\":\"published\",\"commentStatus\":\"open\",\"publishedAt\":null,\"createdAt\":\"c\",\"updatedAt\":\"u\",\"version\":3}";

    private static Optional<String> idOf(String json, boolean forReaders) {
        return PassableArticle.idOf(json.getBytes(StandardCharsets.UTF_8), forReaders);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "every field, for a reader              | ''                                        | true",
            "every field, for an editor             | ''                                        | false",
            "the last writer, for an editor         | ',\"updatedBy\":\"alice\"'                 | false"})
    void anArticleWithExactlyTheFieldsTheGatewayWritesIsPassedOn(String name, String added, boolean forReaders) {
        assertThat(idOf(WHOLE.replace("}", "") + added + "}", forReaders)).contains("65f0c0ffee0000000000abcd");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "the last writer, for a reader    | '\"version\":3'              | '\"version\":3,\"updatedBy\":\"alice\"' | true",
            "a null last writer, for an editor | '\"version\":3'              | '\"version\":3,\"updatedBy\":null'      | false",
            "a field the gateway does not know | '\"version\":3'              | '\"version\":3,\"internal\":{\"a\":[1]}' | false",
            "a field missing                   | '\"excerpt\":\"e\",'         | ''                                      | true",
            "a null id                         | '\"65f0c0ffee0000000000abcd\"' | null                                  | true",
            "a title that is not a text        | '\"T \\\"q\\\"\"'            | '[\"T\"]'                               | true",
            "a key given twice                 | '\"version\":3'              | '\"version\":3,\"slug\":\"t\"'          | true",
            "something after the object        | '\"version\":3}'             | '\"version\":3} {}'                     | true",
            "not an object                     | '{'                          | '['                                     | true",
            "cut short                         | '\"version\":3}'             | '\"version\":3'                         | true"})
    void anyOtherAnswerIsDecodedAndWrittenAgain(String name, String part, String replacement, boolean forReaders) {
        String json = WHOLE.replace(part, replacement == null ? "null" : replacement);
        assertThat(json).isNotEqualTo(WHOLE);
        assertThat(idOf(json, forReaders)).isEmpty();
    }
}
