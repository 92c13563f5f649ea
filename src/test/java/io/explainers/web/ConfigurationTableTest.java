package io.explainers.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * Every {@code explainers.*} key the application reads is in the README's configuration table, and the table names
 * no key the application does not read. The keys come from {@link ExplainersConfig} the way SmallRye Config names
 * them: each method is a kebab-case segment, each nested interface a group.
 */
class ConfigurationTableTest {

    private static final Pattern KEY = Pattern.compile("`([^`]+)`");

    @Test
    void theReadmeDocumentsEveryKeyOfTheMapping() throws IOException {
        Set<String> documented = documentedKeys(Files.readString(Path.of("README.md")));
        assertFalse(documented.isEmpty(), "the README has a configuration table");
        assertEquals(mappedKeys("explainers", ExplainersConfig.class), documented);
    }

    static Set<String> mappedKeys(String prefix, Class<?> group) {
        Set<String> keys = new TreeSet<>();
        for (Method method : group.getDeclaredMethods()) {
            if (method.isSynthetic() || method.isDefault() || java.lang.reflect.Modifier.isStatic(method.getModifiers())) {
                continue;
            }
            String key = prefix + "." + kebab(method.getName());
            Class<?> type = method.getReturnType();
            if (type.isInterface() && type.getEnclosingClass() == ExplainersConfig.class) {
                keys.addAll(mappedKeys(key, type));
            } else {
                keys.add(key);
            }
        }
        return keys;
    }

    /**
     * The {@code explainers.*} keys of the table under "## Configuration". A cell may name siblings after the first
     * key: {@code `explainers.site.language` / `locale`} is {@code explainers.site.language} and
     * {@code explainers.site.locale}.
     */
    static Set<String> documentedKeys(String readme) {
        int start = readme.indexOf("\n## Configuration");
        int end = readme.indexOf("\n## ", start + 1);
        Set<String> keys = new TreeSet<>();
        for (String line : readme.substring(start, end < 0 ? readme.length() : end).split("\n")) {
            if (!line.startsWith("| `")) {
                continue;
            }
            String cell = line.substring(1, line.indexOf('|', 1));
            List<String> names = new ArrayList<>();
            Matcher key = KEY.matcher(cell);
            while (key.find()) {
                names.add(key.group(1));
            }
            String first = names.get(0);
            if (!first.startsWith("explainers.")) {
                continue;
            }
            keys.add(first);
            String parent = first.substring(0, first.lastIndexOf('.') + 1);
            names.stream().skip(1).forEach(sibling -> keys.add(parent + sibling));
        }
        return keys;
    }

    private static String kebab(String name) {
        return name.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(java.util.Locale.ROOT);
    }
}
