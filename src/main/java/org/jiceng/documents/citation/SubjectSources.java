package org.jiceng.documents.citation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jiceng.documents.BasisSubjectSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** Every module's {@link BasisSubjectSource}, by subject kind: what a document's page offers for citing. */
@Component
class SubjectSources {

    private final Map<String, BasisSubjectSource> byKind = new LinkedHashMap<>();

    SubjectSources(ObjectProvider<BasisSubjectSource> sources) {
        sources.orderedStream().forEach(s -> {
            if (byKind.putIfAbsent(s.kind(), s) != null) {
                throw new IllegalStateException("two modules describe the subject kind " + s.kind());
            }
        });
    }

    Optional<BasisSubjectSource> of(String kind) {
        return Optional.ofNullable(kind == null ? null : byKind.get(kind));
    }

    String kindLabel(String kind) {
        return of(kind).map(BasisSubjectSource::kindLabel).orElse(kind);
    }

    String href(String kind, String subjectId) {
        return of(kind).map(s -> s.href(subjectId)).orElse(null);
    }

    /** The subjects of {@code year} the user may cite, by kind. */
    List<SubjectGroup> choices(int year) {
        return byKind.values().stream().map(s -> new SubjectGroup(s.kind(), s.kindLabel(), s.choices(year))).toList();
    }
}
