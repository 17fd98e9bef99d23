package org.jiceng.demo;

import org.jiceng.shared.CommandFlag;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * {@code --jiceng.generate=county|province [--jiceng.generate.force]}: fills the configured database at that scale
 * and exits (before the demo county loader runs). Without the argument it does nothing.
 */
@Component
@Order(-100)
class GenerateCommand implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(GenerateCommand.class);

    private final ScaleGenerator generator;
    private final ConfigurableApplicationContext context;
    private final String scale;
    private final boolean force;

    GenerateCommand(ScaleGenerator generator, ConfigurableApplicationContext context,
                    @Value("${jiceng.generate:}") String scale, @Value("${jiceng.generate.force:false}") String force) {
        this.generator = generator;
        this.context = context;
        this.scale = scale;
        this.force = CommandFlag.isOn(force); // "--jiceng.generate.force" alone, as the README writes it
    }

    boolean force() {
        return force;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (scale.isBlank()) {
            return;
        }
        int code = 0;
        try {
            generator.generate(Scale.named(scale), force);
        } catch (RuntimeException e) {
            log.error("Generation failed: {}", e.getMessage());
            code = 1;
        }
        int exit = code;
        System.exit(SpringApplication.exit(context, () -> exit));
    }
}
