package org.jiceng.access;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Static files for everyone, without a session and without Spring Security's {@code no-store}: versioned assets
 * ({@code /v/...}) carry their own year-long cache header, the icon, the web app manifest and the service worker
 * theirs. Kept apart from {@link SecurityConfig} so that the page rules stay in one place.
 */
@Configuration(proxyBeanMethods = false)
class StaticResourceSecurity {

    @Bean
    @Order(0)
    SecurityFilterChain staticResources(HttpSecurity http) throws Exception {
        http.securityMatcher("/v/**", "/favicon.ico", "/manifest.webmanifest", "/sw.js")
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .securityContext(context -> context.disable())
                .csrf(csrf -> csrf.disable())
                .headers(headers -> headers.cacheControl(cache -> cache.disable()));
        return http.build();
    }
}
