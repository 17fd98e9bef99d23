package org.jiceng.access;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Puts the data-scope guard in front of every controller. */
@Configuration
class ScopeGuardConfig implements WebMvcConfigurer {

    private final ScopeGuard guard;

    ScopeGuardConfig(ScopeGuard guard) {
        this.guard = guard;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(guard);
    }
}
