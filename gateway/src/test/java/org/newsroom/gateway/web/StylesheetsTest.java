package org.newsroom.gateway.web;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** What the audit measured in a browser, checked on the stylesheets the site serves: focus contrast, reflow, long words, checkboxes. */
class StylesheetsTest {

    private static final Path CSS = Path.of("src", "main", "resources", "public", "css");
    private static final Pattern RULE = Pattern.compile("([^{}]+)\\{([^{}]*)}");
    private static final Pattern HEX = Pattern.compile("#([0-9a-fA-F]{6}|[0-9a-fA-F]{3})\\b");
    private static final Map<String, String> SHEETS = new LinkedHashMap<>();

    @BeforeAll
    static void read() throws IOException {
        for (String name : List.of("site.css", "editor.css")) {
            SHEETS.put(name, Files.readString(CSS.resolve(name), StandardCharsets.UTF_8).replaceAll("(?s)/\\*.*?\\*/", ""));
        }
    }

    /** Selector → declarations of every rule of both sheets (those inside a media query included). */
    private static List<String[]> rules() {
        List<String[]> rules = new ArrayList<>();
        for (String sheet : SHEETS.values()) {
            Matcher rule = RULE.matcher(sheet.replaceAll("@media[^{]*\\{", ""));
            while (rule.find()) {
                rules.add(new String[] {rule.group(1).strip(), rule.group(2)});
            }
        }
        return rules;
    }

    private static List<String> selectorsWith(String declaration) {
        List<String> selectors = new ArrayList<>();
        for (String[] rule : rules()) {
            if (rule[1].replaceAll("\\s+", " ").contains(declaration)) {
                for (String selector : rule[0].split(",")) {
                    selectors.add(selector.strip());
                }
            }
        }
        return selectors;
    }

    private static String variable(String name) {
        Matcher value = Pattern.compile(Pattern.quote(name) + ":\\s*(#[0-9a-fA-F]{3,6})").matcher(SHEETS.get("site.css"));
        assertThat(value.find()).as(name).isTrue();
        return value.group(1);
    }

    private static double luminance(String hex) {
        String digits = hex.substring(1);
        if (digits.length() == 3) {
            digits = digits.replaceAll("(.)", "$1$1");
        }
        double[] channels = new double[3];
        for (int i = 0; i < 3; i++) {
            double c = Integer.parseInt(digits.substring(2 * i, 2 * i + 2), 16) / 255.0;
            channels[i] = c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * channels[0] + 0.7152 * channels[1] + 0.0722 * channels[2];
    }

    private static double contrast(String one, String other) {
        double a = luminance(one);
        double b = luminance(other);
        return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    }

    @Test
    void theFocusOutlineHasAtLeastThreeToOneAgainstEveryLightBackgroundItIsDrawnOn() {
        Set<String> outlines = new LinkedHashSet<>();
        Set<String> backgrounds = new LinkedHashSet<>();
        for (String[] rule : rules()) {
            Matcher outline = Pattern.compile("outline:\\s*\\d+px solid ([^;]+)").matcher(rule[1]);
            while (outline.find()) {
                String color = outline.group(1).strip();
                outlines.add(color.startsWith("var(") ? variable(color.substring(4, color.length() - 1)) : color);
            }
            Matcher background = Pattern.compile("background(?:-color)?:\\s*([^;]+)").matcher(rule[1]);
            while (background.find()) {
                HEX.matcher(background.group(1)).results().forEach(hex -> backgrounds.add(hex.group()));
                if (background.group(1).contains("var(--")) {
                    String name = background.group(1).replaceAll(".*var\\((--[a-z-]+)\\).*", "$1");
                    backgrounds.add(variable(name));
                }
            }
        }
        backgrounds.removeIf(color -> luminance(color) < 0.5);

        assertThat(outlines).isNotEmpty();
        assertThat(backgrounds).contains("#fffefa", "#faf7ef", "#fff");
        for (String outline : outlines) {
            for (String background : backgrounds) {
                assertThat(contrast(outline, background)).as("outline %s on %s", outline, background).isGreaterThanOrEqualTo(3.0);
            }
        }
    }

    @Test
    void anInputThatFlexesMayShrinkBelowItsContentSoNarrowScreensDoNotScrollSideways() {
        List<String> flexing = new ArrayList<>();
        for (String[] rule : rules()) {
            if (rule[0].contains("input") && rule[1].matches("(?s).*\\bflex:\\s*1\\b.*")) {
                flexing.add(rule[0]);
                assertThat(rule[1]).as(rule[0]).contains("min-width: 0");
            }
        }
        assertThat(flexing).contains(".search input", ".filter input");
        assertThat(selectorsWith("min-width: 0")).contains(".site-nav", ".search");
    }

    @Test
    void aLongWordWrapsInTheConsolesHeadingsTitlesAndExcerpts() {
        assertThat(selectorsWith("overflow-wrap: anywhere"))
                .contains("#form-title", "#list-title", ".editor-item h3", ".editor-item .excerpt", "#queue-title", ".mod-title");
    }

    @Test
    void checkboxesAndRadiosKeepTheirOwnSizeNotTheTextFieldsFullWidth() {
        assertThat(selectorsWith("width: 100%")).contains(".field input");
        assertThat(selectorsWith("width: auto")).contains(".field input[type=\"checkbox\"]", ".field input[type=\"radio\"]");
    }
}
