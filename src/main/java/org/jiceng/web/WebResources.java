package org.jiceng.web;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

/**
 * Turns off the filter that rewrites every link of every page through the static-resource resolvers: it looked each
 * link up in the application's jar (about half of the CPU of a list page, measured with JFR). Webjar links need no
 * rewriting: the webjars locator resolves versionless paths such as {@code /webjars/bootstrap/css/bootstrap.min.css}
 * when they are requested. (Thymeleaf's auto-configuration registers the filter only when no registration of it
 * exists; this disabled one takes its place.)
 */
@Configuration(proxyBeanMethods = false)
class WebResources {

    @Bean
    FilterRegistrationBean<ResourceUrlEncodingFilter> resourceUrlEncodingFilterRegistration() {
        FilterRegistrationBean<ResourceUrlEncodingFilter> registration =
                new FilterRegistrationBean<>(new ResourceUrlEncodingFilter());
        registration.setEnabled(false);
        return registration;
    }
}
