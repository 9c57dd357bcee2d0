package org.newsroom.gateway.pages;

/**
 * JSON that can sit inside a {@code <script>} block: the characters that could end the block or
 * open markup ({@code < > &}) and the line separators older parsers choke on become \\u escapes,
 * which every JSON parser reads back as the same characters.
 */
final class ScriptSafeJson {

    private ScriptSafeJson() {
    }

    static String of(String json) {
        StringBuilder safe = new StringBuilder(json.length() + 16);
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            switch (c) {
                case '<' -> safe.append("\\u003c");
                case '>' -> safe.append("\\u003e");
                case '&' -> safe.append("\\u0026");
                case '\u2028' -> safe.append("\\u2028");
                case '\u2029' -> safe.append("\\u2029");
                default -> safe.append(c);
            }
        }
        return safe.toString();
    }
}
