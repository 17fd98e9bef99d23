package org.jiceng.assessment.scheme;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jiceng.assessment.engine.GradeBand;
import org.jiceng.assessment.engine.Indicator;
import org.jiceng.assessment.engine.Scheme;
import org.jiceng.assessment.engine.SubjectKind;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The reference schemes, read from {@code classpath:assessment/reference/*.json} (data, not code: a new template is a
 * new file). Each is checked by {@link SchemeValidation} at start-up, so a broken file stops the application.
 */
@Component
public class ReferenceSchemes {

    /** The shape of one template file. */
    record TemplateFile(String key, String name, SubjectKind subject, boolean example, String note,
                        BigDecimal baseMax, BigDecimal bonusCap, List<Indicator> indicators, List<GradeBand> bands,
                        Map<String, String> metrics) {
    }

    private final List<SchemeTemplate> templates;

    public ReferenceSchemes() {
        this.templates = load();
    }

    public List<SchemeTemplate> all() {
        return templates;
    }

    public Optional<SchemeTemplate> find(String key) {
        return templates.stream().filter(t -> t.key().equals(key)).findFirst();
    }

    static List<SchemeTemplate> load() {
        JsonMapper json = JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES).build();
        List<SchemeTemplate> loaded = new ArrayList<>();
        try {
            Resource[] files = new PathMatchingResourcePatternResolver()
                    .getResources("classpath*:assessment/reference/*.json");
            for (Resource file : files) {
                try (InputStream in = file.getInputStream()) {
                    TemplateFile t = json.readValue(in, TemplateFile.class);
                    Scheme scheme = new Scheme(t.name(), 0, t.subject(), t.baseMax(), t.bonusCap(), t.indicators(),
                            t.bands());
                    List<SchemeProblem> problems = SchemeValidation.problems(scheme);
                    if (!problems.isEmpty()) {
                        throw new IllegalStateException("reference scheme " + file.getFilename() + ": " + problems);
                    }
                    if (t.metrics() != null && t.metrics().keySet().stream().anyMatch(c -> scheme.indicator(c).isEmpty())) {
                        throw new IllegalStateException("reference scheme " + file.getFilename()
                                + ": a metric binding names an unknown indicator " + t.metrics().keySet());
                    }
                    loaded.add(new SchemeTemplate(t.key(), t.name(), t.subject(), t.example(), t.note(), scheme,
                            t.metrics()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        loaded.sort(java.util.Comparator.comparing(SchemeTemplate::key));
        return List.copyOf(loaded);
    }
}
