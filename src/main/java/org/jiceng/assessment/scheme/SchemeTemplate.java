package org.jiceng.assessment.scheme;

import java.util.Map;

import org.jiceng.assessment.engine.Scheme;
import org.jiceng.assessment.engine.SubjectKind;

/**
 * A reference scheme shipped with Jiceng as editable data (五个好, 升级晋档, 星级, 分类定级). {@code example} marks
 * weights that no official source gives (DOMAIN defaults): a county copies the template and sets its own.
 * {@code metrics} binds some indicators to published metrics (indicator code → metric code).
 */
public record SchemeTemplate(String key, String name, SubjectKind subject, boolean example, String note,
                             Scheme scheme, Map<String, String> metrics) {

    public SchemeTemplate {
        metrics = metrics == null ? Map.of() : Map.copyOf(metrics);
    }

    public SchemeTemplate(String key, String name, SubjectKind subject, boolean example, String note, Scheme scheme) {
        this(key, name, subject, example, note, scheme, Map.of());
    }
}
