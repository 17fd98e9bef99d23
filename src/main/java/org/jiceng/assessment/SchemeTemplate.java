package org.jiceng.assessment;

/**
 * A reference scheme shipped with Jiceng as editable data (五个好, 升级晋档, 星级, 分类定级). {@code example} marks
 * weights that no official source gives (DOMAIN defaults): a county copies the template and sets its own.
 */
public record SchemeTemplate(String key, String name, SubjectKind subject, boolean example, String note,
                             Scheme scheme) {
}
