package org.newsroom.wpimport.wxr;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The hand-made exports under src/test/resources/wxr, and the items a file holds. */
final class Exports {

    private Exports() {
    }

    static Path file(String name) {
        try {
            return Path.of(Exports.class.getResource("/wxr/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<WxrItem> items(String name) throws Exception {
        List<WxrItem> items = new ArrayList<>();
        WxrReader.validate(file(name));
        WxrReader.read(file(name), items::add);
        return items;
    }
}
