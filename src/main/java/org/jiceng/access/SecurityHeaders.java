package org.jiceng.access;

import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * The response headers of every page and API answer (等保 2.0 三级, 入侵防范 / 恶意代码防范 for the browser): a strict
 * Content-Security-Policy — scripts only from our own origin, never inline or eval'd, so text a user typed can never
 * run in another user's browser even if an escaping mistake slips through; styles from our origin, with inline
 * {@code style="…"} attributes allowed (templates size progress bars with them) but no inline {@code <style>}
 * element; no plugins, no framing, forms post only to us. Plus no Referer leaving the site, no camera, microphone or
 * location, no MIME sniffing. HSTS is written by Spring Security on requests that arrived over TLS (behind the proxy,
 * {@code server.forward-headers-strategy} makes {@code X-Forwarded-Proto: https} count).
 */
final class SecurityHeaders {

    static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "style-src-attr 'unsafe-inline'; img-src 'self' data:; font-src 'self'; connect-src 'self'; "
            + "object-src 'none'; base-uri 'self'; frame-ancestors 'none'; form-action 'self'";

    private SecurityHeaders() {
    }

    static Customizer<HeadersConfigurer<HttpSecurity>> all() {
        return headers -> headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(POLICY))
                .frameOptions(frame -> frame.deny())
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                .permissionsPolicyHeader(permissions -> permissions
                        .policy("camera=(), microphone=(), geolocation=(), payment=(), usb=()"))
                .httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(31_536_000));
    }
}
