package org.jiceng.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.ResourcePatternResolver;

/**
 * The version segment of every static asset URL ({@code /v/3f9a1c20b7/css/jiceng.css}): a hash of the application's
 * own static files and of the webjars' versions, computed once at start-up. A browser may keep an asset under such a
 * URL for a year, because any change of the files or of a webjar gives the next release other URLs.
 */
record AssetVersion(String value) {

    /** The prefix assets are served under, e.g. {@code /v/3f9a1c20b7}. */
    String prefix() {
        return "/v/" + value;
    }

    static AssetVersion of(ResourcePatternResolver resolver) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            hash(digest, resolver.getResources("classpath:/static/**/*.*"));
            hash(digest, resolver.getResources("classpath*:META-INF/maven/org.webjars*/*/pom.properties"));
            return new AssetVersion(HexFormat.of().formatHex(digest.digest()).substring(0, 10));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void hash(MessageDigest digest, Resource[] resources) throws IOException {
        Resource[] sorted = resources.clone();
        Arrays.sort(sorted, Comparator.comparing(AssetVersion::name));
        for (Resource resource : sorted) {
            if (!resource.isReadable()) {
                continue;
            }
            digest.update(name(resource).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            try (InputStream in = resource.getInputStream()) {
                digest.update(in.readAllBytes());
            }
        }
    }

    private static String name(Resource resource) {
        try {
            String url = resource.getURL().toString();
            int inside = url.lastIndexOf("!/");
            int stat = url.lastIndexOf("/static/");
            return inside >= 0 ? url.substring(inside) : stat >= 0 ? url.substring(stat) : url;
        } catch (IOException e) {
            return String.valueOf(resource.getFilename());
        }
    }
}
