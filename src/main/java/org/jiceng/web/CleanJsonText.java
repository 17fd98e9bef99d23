package org.jiceng.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * Text in a JSON payload may not carry a NUL character or half of a UTF-16 surrogate pair: PostgreSQL refuses the
 * first (a 500) and stores the second as "?". Either is refused as a 400 naming the field (see ErrorHandling).
 */
@Configuration(proxyBeanMethods = false)
class CleanJsonText {

    static final String MESSAGE = "含有不允许的字符";

    @Bean
    JacksonModule cleanText() {
        return new SimpleModule("clean-text").addDeserializer(String.class, new StringDeserializer() {
            @Override
            public String deserialize(JsonParser p, DeserializationContext ctxt) {
                String value = super.deserialize(p, ctxt);
                if (value != null && !isClean(value)) {
                    throw ctxt.weirdStringException(value, String.class, MESSAGE);
                }
                return value;
            }
        });
    }

    /** Whether the text has neither NUL nor an unpaired surrogate. */
    static boolean isClean(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 0) {
                return false;
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return false;
            }
        }
        return true;
    }
}
