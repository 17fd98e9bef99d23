package org.jiceng.shared;

/** What an object belongs to when deciding who may see it. */
public enum ScopeKind {
    /** The organization register: orgs, people, posts, cadres, imports. */
    REGISTER,
    /** User accounts, administered by the security administrator. */
    ACCOUNT,
    /** Audit entries, read by the auditor. */
    AUDIT
}
