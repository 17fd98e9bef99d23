package org.jiceng.access;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Puts the data-scope guard, then the one-time password check, in front of every controller. */
@Configuration
class ScopeGuardConfig implements WebMvcConfigurer {

    private final ScopeGuard guard;
    private final PasswordChangeRequired passwordChange;

    ScopeGuardConfig(ScopeGuard guard, PasswordChangeRequired passwordChange) {
        this.guard = guard;
        this.passwordChange = passwordChange;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(guard);
        registry.addInterceptor(passwordChange);
    }
}
