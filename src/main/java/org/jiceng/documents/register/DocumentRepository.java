package org.jiceng.documents.register;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jiceng.configuration.CodeLists;
import org.jiceng.organization.OrgSummary;
import org.jiceng.organization.OrgTree;
import org.jiceng.organization.ScopedSql;
import org.jiceng.shared.PageQuery;
import org.jiceng.shared.PageResult;
import org.jiceng.shared.Text;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/**
 * Reads and writes {@code basis_documents} and their texts. Org names come from the organization module's
 * {@link OrgTree}, kind labels from {@link CodeLists}; lists carry the caller's {@link ScopedSql}.
 */
@Component
class DocumentRepository {

    static final String KINDS = "DOCUMENT_KIND";

    private static final String SELECT = """
            SELECT d.id, d.org_id, d.doc_number, d.doc_year, d.title, d.doc_kind, d.issued_on, d.summary, d.version,
                   d.created_by, d.created_at, d.updated_at, t.file_name, t.size_bytes
            FROM basis_documents d LEFT JOIN basis_document_texts t ON t.document_id = d.id""";

    private final JdbcClient jdbc;
    private final OrgTree tree;
    private final CodeLists codes;

    DocumentRepository(JdbcClient jdbc, OrgTree tree, CodeLists codes) {
        this.jdbc = jdbc;
        this.tree = tree;
        this.codes = codes;
    }

    Optional<BasisDocument> find(long id) {
        Mapper mapper = new Mapper();
        return jdbc.sql(SELECT + " WHERE d.id = ?").param(id).query(mapper::map).optional();
    }

    Optional<Long> ownerOf(long id) {
        return jdbc.sql("SELECT org_id FROM basis_documents WHERE id = ?").param(id).query(Long.class).optional();
    }

    /** Whether the org already registered this number in the year, other than the document {@code exceptId}. */
    boolean numberTaken(long orgId, int year, String number, Long exceptId) {
        return jdbc.sql("""
                SELECT COUNT(*) FROM basis_documents WHERE org_id = ? AND doc_year = ? AND doc_number = ?
                AND id <> ?""").params(orgId, year, number, exceptId == null ? -1L : exceptId)
                .query(Long.class).single() > 0;
    }

    PageResult<BasisDocument> list(DocumentFilter filter, ScopedSql readable, PageQuery page) {
        StringBuilder where = new StringBuilder(" WHERE " + readable.predicate());
        Map<String, Object> params = new HashMap<>(readable.params());
        if (filter.year() != null) {
            where.append(" AND d.doc_year = :year");
            params.put("year", filter.year());
        }
        if (filter.kind() != null && !filter.kind().isBlank()) {
            where.append(" AND d.doc_kind = :kind");
            params.put("kind", filter.kind());
        }
        if (filter.issuer() != null) {
            where.append(" AND d.org_id = :issuer");
            params.put("issuer", filter.issuer());
        }
        if (filter.hasText()) {
            where.append(" AND (LOWER(d.title) LIKE :q OR LOWER(d.doc_number) LIKE :q OR LOWER(d.summary) LIKE :q)");
            params.put("q", "%" + DocumentNumbers.normalise(filter.q()).toLowerCase() + "%");
        }
        long total = jdbc.sql("SELECT COUNT(*) FROM basis_documents d" + where).params(params)
                .query(Long.class).single();
        Mapper mapper = new Mapper();
        List<BasisDocument> rows = jdbc.sql(SELECT + where
                        + " ORDER BY d.issued_on DESC, d.id DESC LIMIT :limit OFFSET :offset")
                .params(params).param("offset", page.offset()).param("limit", page.size()).query(mapper::map).list();
        return new PageResult<>(rows, page.page(), page.size(), total);
    }

    /** The orgs that issued documents the user reads, for the issuer filter. */
    List<OrgSummary> issuers(ScopedSql readable) {
        return jdbc.sql("SELECT DISTINCT d.org_id FROM basis_documents d WHERE " + readable.predicate())
                .params(readable.params()).query(Long.class).list().stream()
                .map(tree::find).flatMap(Optional::stream)
                .sorted(java.util.Comparator.comparingInt(OrgSummary::depth).thenComparing(OrgSummary::id)).toList();
    }

    long insert(long orgId, DocumentForm form, String number, String user, LocalDateTime now) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO basis_documents (org_id, doc_number, doc_year, title, doc_kind, issued_on, summary, version,
                    created_by, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?)""")
                .params(orgId, number, form.issuedOn().getYear(), form.title().trim(), form.kind(), form.issuedOn(),
                        blankToNull(form.summary()), user, now, now)
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    /** Saves the edit when nobody saved since {@code version}; false when someone did. */
    boolean update(long id, DocumentForm form, String number, long version, LocalDateTime now) {
        return jdbc.sql("""
                UPDATE basis_documents SET doc_number = ?, doc_year = ?, title = ?, doc_kind = ?, issued_on = ?,
                    summary = ?, version = version + 1, updated_at = ? WHERE id = ? AND version = ?""")
                .params(number, form.issuedOn().getYear(), form.title().trim(), form.kind(), form.issuedOn(),
                        blankToNull(form.summary()), now, id, version).update() == 1;
    }

    /** Puts the text of a document in place of the one it had, if any (the caller's edit counts the version). */
    void replaceText(long id, String fileName, String contentType, byte[] content, String user, LocalDateTime now) {
        jdbc.sql("DELETE FROM basis_document_texts WHERE document_id = ?").param(id).update();
        jdbc.sql("""
                INSERT INTO basis_document_texts (document_id, file_name, content_type, size_bytes, content,
                    uploaded_by, uploaded_at) VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(id, fileName, contentType, content.length, content, user, now).update();
    }

    Optional<DocumentText> text(long id) {
        return jdbc.sql("SELECT file_name, content_type, content FROM basis_document_texts WHERE document_id = ?")
                .param(id).query((rs, i) -> new DocumentText(rs.getString(1), rs.getString(2), rs.getBytes(3)))
                .optional();
    }

    private static String blankToNull(String value) {
        return Text.clean(value);
    }

    /** Maps rows, looking each org name and the kind labels up once per query. */
    private final class Mapper {

        private final Map<Long, String> orgNames = new HashMap<>();
        private Map<String, String> kindLabels;

        BasisDocument map(ResultSet rs, int row) throws SQLException {
            if (kindLabels == null) {
                kindLabels = codes.labels(KINDS);
            }
            long orgId = rs.getLong("org_id");
            String orgName = orgNames.computeIfAbsent(orgId,
                    id -> tree.find(id).map(OrgSummary::shortName).orElse(String.valueOf(id)));
            String kind = rs.getString("doc_kind");
            Long size = rs.getObject("size_bytes", Long.class);
            return new BasisDocument(rs.getLong("id"), orgId, orgName, rs.getString("doc_number"),
                    rs.getInt("doc_year"), rs.getString("title"), kind, kindLabels.getOrDefault(kind, kind),
                    rs.getObject("issued_on", LocalDate.class), rs.getString("summary"), rs.getString("file_name"),
                    size, rs.getLong("version"), rs.getString("created_by"),
                    rs.getObject("created_at", LocalDateTime.class), rs.getObject("updated_at", LocalDateTime.class));
        }
    }
}
