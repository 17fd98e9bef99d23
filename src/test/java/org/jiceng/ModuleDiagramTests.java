package org.jiceng;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;
import org.springframework.modulith.docs.Documenter.DiagramOptions;

/**
 * The module diagram docs/modules.puml (shown by docs/architecture.md) is the one Spring Modulith's Documenter draws
 * from the code: this test draws it (target/spring-modulith-docs/components.puml) and fails when the committed copy
 * has other modules or dependencies. To update it, copy the drawn file over docs/modules.puml.
 */
class ModuleDiagramTests {

    @Test
    void theArchitectureDocumentShowsTheModulesAsTheCodeHasThem() throws Exception {
        new Documenter(ApplicationModules.of(JicengApplication.class))
                .writeModulesAsPlantUml(DiagramOptions.defaults().withStyle(DiagramOptions.DiagramStyle.UML));
        Path drawn = Path.of("target/spring-modulith-docs/components.puml");
        Path committed = Path.of("docs/modules.puml");
        assertThat(lines(committed))
                .as("docs/modules.puml is stale: copy " + drawn.toAbsolutePath() + " over it")
                .isEqualTo(lines(drawn));
    }

    /** The diagram's lines in order: the Documenter does not keep the order of modules from run to run. */
    private static List<String> lines(Path file) throws Exception {
        return Files.readAllLines(file, StandardCharsets.UTF_8).stream().map(String::strip)
                .filter(l -> !l.isEmpty()).sorted().toList();
    }
}
