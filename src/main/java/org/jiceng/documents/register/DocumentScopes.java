package org.jiceng.documents.register;

import java.util.Map;
import java.util.Optional;
import java.util.function.LongFunction;

import org.jiceng.shared.ObjectOwner;
import org.jiceng.shared.ScopeKind;
import org.jiceng.shared.ScopedObjectResolver;
import org.springframework.stereotype.Component;

/**
 * Resolves {@code documentId} for the data-scope guard. Documents are read down the tree ({@link DocumentAccess}),
 * while the guard asks whether the owner lies in the user's subtree: for a user under the issuing org the document
 * is placed at the user's own org, otherwise at the issuing org (so users of another township or county get 404).
 */
@Component
class DocumentScopes implements ScopedObjectResolver {

    private final DocumentRepository documents;
    private final DocumentAccess access;

    DocumentScopes(DocumentRepository documents, DocumentAccess access) {
        this.documents = documents;
        this.access = access;
    }

    @Override
    public Map<String, LongFunction<Optional<ObjectOwner>>> owners() {
        return Map.of("documentId", id -> documents.ownerOf(id)
                .map(owner -> new ObjectOwner(ScopeKind.REGISTER, access.readerOrg(owner), null)));
    }
}
