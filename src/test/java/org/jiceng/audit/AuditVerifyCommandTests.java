package org.jiceng.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.core.env.MapPropertySource;

/** {@code --jiceng.audit.verify} as an operator types it, without a value, starts the check (it did not start). */
class AuditVerifyCommandTests {

    @Test
    void theFlagWithoutAValueStartsTheCheck() {
        try (var context = new AnnotationConfigApplicationContext()) {
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("args",
                    Map.of("jiceng.audit.verify", "")));
            context.registerBean(AuditVerifier.class, () -> mock(AuditVerifier.class));
            context.register(AuditVerifyCommand.class);
            context.refresh();
            assertThat(context.getBean(AuditVerifyCommand.class).verify()).isTrue();
        }
    }
}
