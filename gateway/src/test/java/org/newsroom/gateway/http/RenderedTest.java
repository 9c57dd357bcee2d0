package org.newsroom.gateway.http;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class RenderedTest {

    @Test
    void anEtagIsTheStartOfTheBodysSha256WhateverWasHashedBefore() {
        byte[] first = "{\"title\":\"First\"}".getBytes(StandardCharsets.UTF_8);
        byte[] second = "{\"title\":\"Second\"}".getBytes(StandardCharsets.UTF_8);

        assertThat(Rendered.etagOf(first)).isEqualTo(sha256Etag(first));
        assertThat(Rendered.etagOf(second)).isEqualTo(sha256Etag(second));
        assertThat(Rendered.etagOf(first)).isEqualTo(sha256Etag(first));
    }

    @Test
    void threadsHashingAtOnceEachGetTheirOwnBodysEtag() {
        List<byte[]> bodies = IntStream.range(0, 200).mapToObj(i -> ("body " + i).repeat(i + 1).getBytes(StandardCharsets.UTF_8)).toList();
        List<String> expected = bodies.stream().map(RenderedTest::sha256Etag).toList();

        assertThat(bodies.parallelStream().map(Rendered::etagOf).toList()).isEqualTo(expected);
    }

    private static String sha256Etag(byte[] body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
            return "\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 27) + "\"";
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
