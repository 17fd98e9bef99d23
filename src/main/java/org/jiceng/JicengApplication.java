package org.jiceng;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Jiceng (基层): runs rural grassroots Party organization building for a county, its townships and branches. */
@SpringBootApplication
public class JicengApplication {

    public static void main(String[] args) {
        var application = new SpringApplication(JicengApplication.class);
        if (java.util.Arrays.stream(args).anyMatch(arg -> arg.startsWith("--jiceng.generate="))) {
            // The data generator exits when done: it needs no fixed port (and must not clash with a running app).
            application.setDefaultProperties(java.util.Map.of("server.port", "0"));
        }
        application.run(args);
    }
}
