package org.jiceng.web;

import java.time.Duration;
import java.util.List;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.LiteWebJarsResourceResolver;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.context.IWebContext;
import org.thymeleaf.linkbuilder.StandardLinkBuilder;
import org.thymeleaf.spring6.SpringTemplateEngine;

/**
 * Static assets (our CSS, scripts, images and the webjars) under a versioned URL with a year-long immutable cache:
 * a village secretary's phone downloads Bootstrap, htmx and ECharts once per release, not on every page over a weak
 * network. Links in templates stay as they are ({@code @{/css/jiceng.css}}, {@code @{/webjars/htmx.org/...}}); the
 * template engine's link builder puts the version in front of them by a prefix test — no per-link resource lookup,
 * which is what the resource URL filter cost (see {@link WebResources}). Unversioned paths keep working.
 */
@Configuration(proxyBeanMethods = false)
class StaticAssets implements WebMvcConfigurer {

    /** Paths (under the context path) whose links get the version. */
    static final List<String> VERSIONED = List.of("/css/", "/js/", "/img/", "/webjars/");

    private static final CacheControl YEAR = CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();

    private final AssetVersion version;

    StaticAssets(AssetVersion version) {
        this.version = version;
    }

    @Bean
    static AssetVersion assetVersion() {
        return AssetVersion.of(new PathMatchingResourcePatternResolver(StaticAssets.class.getClassLoader()));
    }

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler(version.prefix() + "/webjars/**")
                .addResourceLocations("classpath:/META-INF/resources/webjars/")
                .setCacheControl(YEAR)
                .resourceChain(true)
                .addResolver(new LiteWebJarsResourceResolver());
        registry.addResourceHandler(version.prefix() + "/**")
                .addResourceLocations("classpath:/static/")
                .setCacheControl(YEAR)
                .resourceChain(true);
        // The icon browsers ask for on their own, at a fixed address: kept a week.
        registry.addResourceHandler("/favicon.ico")
                .addResourceLocations("classpath:/static/")
                .setCacheControl(CacheControl.maxAge(Duration.ofDays(7)).cachePublic());
    }

    @Bean
    static BeanPostProcessor versionedLinks(AssetVersion assetVersion) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String beanName) {
                if (bean instanceof SpringTemplateEngine engine) {
                    engine.setLinkBuilder(new VersionedLinkBuilder(assetVersion.prefix()));
                }
                return bean;
            }
        };
    }

    /** Thymeleaf's link builder with the asset version put after the context path of asset links. */
    static final class VersionedLinkBuilder extends StandardLinkBuilder {

        private final String prefix;

        VersionedLinkBuilder(String prefix) {
            this.prefix = prefix;
        }

        @Override
        protected String processLink(IExpressionContext context, String link) {
            return super.processLink(context, versioned(contextPath(context), link, prefix));
        }

        static String versioned(String contextPath, String link, String prefix) {
            if (!link.startsWith(contextPath)) {
                return link;
            }
            for (String path : VERSIONED) {
                if (link.startsWith(path, contextPath.length())) {
                    return contextPath + prefix + link.substring(contextPath.length());
                }
            }
            return link;
        }

        private static String contextPath(IExpressionContext context) {
            return context instanceof IWebContext web ? web.getExchange().getRequest().getApplicationPath() : "";
        }
    }
}
