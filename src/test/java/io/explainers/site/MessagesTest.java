package io.explainers.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import io.quarkus.qute.i18n.Message;

/**
 * Qute checks at build time that every {@code {msg:…}} a template uses exists and that the Spanish file defines no key
 * the bundle lacks; it would quietly show English where the Spanish file lacks a key. This test makes that fail the
 * build too: every message has its Spanish, with the same parameters.
 */
class MessagesTest {

    private static final Pattern PARAMETER = Pattern.compile("\\{(\\w+)}");

    @Test
    void everyMessageHasItsSpanishWithTheSameParameters() throws IOException {
        Properties spanish = new Properties();
        try (InputStream in = Messages.class.getResourceAsStream("/messages/msg_es.properties")) {
            spanish.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        Set<String> keys = Arrays.stream(Messages.class.getDeclaredMethods()).map(Method::getName)
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(keys, new TreeSet<>(spanish.stringPropertyNames()), "the Spanish file has exactly the bundle's keys");
        for (Method method : Messages.class.getDeclaredMethods()) {
            String english = method.getAnnotation(Message.class).value();
            String translated = spanish.getProperty(method.getName());
            assertTrue(!translated.isBlank(), method.getName());
            assertEquals(parameters(english), parameters(translated), "parameters of " + method.getName());
        }
    }

    private static Set<String> parameters(String message) {
        Set<String> names = new TreeSet<>();
        Matcher matcher = PARAMETER.matcher(message);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }
}
