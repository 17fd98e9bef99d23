package org.jiceng;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Jiceng (基层): runs rural grassroots Party organization building for a county, its townships and branches. */
@SpringBootApplication
public class JicengApplication {

    public static void main(String[] args) {
        SpringApplication.run(JicengApplication.class, args);
    }
}
