package org.jiceng.shared;

/** Where an object hangs in the tree: the org that owns it and, for records of a person, that person. */
public record ObjectOwner(ScopeKind kind, Long orgId, Long personId) {
}
