package org.jiceng.access;

import java.time.Duration;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;

/**
 * Two ways in, one set of rules: pages use form sign-in with a session stored in the database and CSRF tokens;
 * {@code /api/v1} (and the actuator) accept HTTP Basic for scripts, statelessly, and {@code /api/v1} also a personal
 * access token ({@link BearerTokenFilter}). All share the accounts and, through the data-scope guard, the same
 * scope; passwords also share the lockout.
 */
@Configuration
@EnableMethodSecurity
class SecurityConfig {

    @Bean
    PasswordEncoder passwordEncoder() {
        return new VerifiedPasswords(PasswordEncoderFactories.createDelegatingPasswordEncoder(), Duration.ofMinutes(5));
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, ApiTokens tokens, SourceThrottle throttle) throws Exception {
        AuthenticationEntryPoint unauthorized = apiSignIn();
        http.securityMatcher("/api/**", "/actuator/**")
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/actuator/health/**", "/actuator/health", "/actuator/info").permitAll()
                        .requestMatchers("/actuator/**").hasRole("SYSTEM_ADMIN")
                        .requestMatchers("/api/v1/public/**").permitAll()
                        .anyRequest().authenticated())
                .httpBasic(basic -> basic.realmName("Jiceng").authenticationEntryPoint(unauthorized))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .headers(SecurityHeaders.all())
                .addFilterBefore(new ApiCrossSiteFilter(),
                        org.springframework.security.web.authentication.www.BasicAuthenticationFilter.class)
                .addFilterBefore(new BearerTokenFilter(tokens, unauthorized),
                        org.springframework.security.web.authentication.www.BasicAuthenticationFilter.class)
                .addFilterBefore(new SignInThrottleFilter(throttle, true),
                        org.springframework.security.web.authentication.www.BasicAuthenticationFilter.class)
                .exceptionHandling(ex -> ex.authenticationEntryPoint(unauthorized)
                        .accessDeniedHandler((request, response, e) -> problem(response, HttpStatus.FORBIDDEN,
                                "您的角色无权进行此操作")));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pages(HttpSecurity http, SourceThrottle throttle) throws Exception {
        var failure = new SimpleUrlAuthenticationFailureHandler("/login?error");
        var loginPage = new LoginUrlAuthenticationEntryPoint("/login");
        // Redirect to a path, never to a URL built from the request's Host header.
        loginPage.setFavorRelativeUris(true);
        http.authorizeHttpRequests(auth -> auth
                        .requestMatchers("/login", "/webjars/**", "/css/**", "/js/**", "/img/**", "/favicon.ico",
                                "/error", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html", "/public/**").permitAll()
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false).failureHandler(failure))
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
                .exceptionHandling(ex -> ex.accessDeniedHandler((request, response, e) -> {
                    // The error page tells an expired or tampered form (CSRF) from a role that may not act.
                    request.setAttribute(org.springframework.security.web.WebAttributes.ACCESS_DENIED_403, e);
                    response.sendError(HttpServletResponse.SC_FORBIDDEN);
                }).authenticationEntryPoint((request, response, e) -> {
                    // htmx requests after the session timed out: send the whole page to the sign-in form.
                    if (request.getHeader("HX-Request") != null) {
                        response.setHeader("HX-Redirect", request.getContextPath() + "/login");
                        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
                    } else {
                        loginPage.commence(request, response, e);
                    }
                }))
                .addFilterBefore(new SignInThrottleFilter(throttle, false),
                        org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter.class)
                .headers(SecurityHeaders.all());
        return http.build();
    }

    /**
     * One answer for every failed sign-in — unknown user, wrong password, locked or disabled account — so nobody
     * learns from it which usernames exist or which accounts are locked; the audit log keeps the reason.
     */
    static String signInMessage(Exception e) {
        return "用户名或密码错误，或账户暂时不能登录（连续输错将锁定）；如需帮助请联系安全管理员";
    }

    /**
     * The API's answer to a request that did not sign in: 401 with the one sign-in message — or, when the accounts
     * could not be read at all (the database is down), an honest 503 rather than "wrong password".
     */
    static AuthenticationEntryPoint apiSignIn() {
        return (request, response, e) -> {
            if (unavailable(e)) {
                response.setHeader("Retry-After", "30");
                problem(response, HttpStatus.SERVICE_UNAVAILABLE, "系统暂时无法服务，请稍后再试");
            } else {
                problem(response, HttpStatus.UNAUTHORIZED, signInMessage(e));
            }
        };
    }

    /** Whether sign-in failed because the accounts could not be read (not because of what the user sent). */
    static boolean unavailable(Exception e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof org.springframework.dao.DataAccessException || t instanceof java.sql.SQLException) {
                return true;
            }
        }
        return false;
    }

    static void problem(HttpServletResponse response, HttpStatus status, String detail)
            throws java.io.IOException {
        if (status == HttpStatus.UNAUTHORIZED) {
            response.setHeader("WWW-Authenticate", "Basic realm=\"Jiceng\"");
        }
        org.jiceng.shared.ProblemBody.write(response, status.value(), status.getReasonPhrase(), detail, null);
    }
}
