package org.jiceng.training.reading;

import static org.jiceng.shared.RuleViolationException.throwIfAny;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jiceng.configuration.CodeLists;
import org.jiceng.organization.OrgSummary;
import org.jiceng.organization.OrgTree;
import org.jiceng.organization.OrgType;
import org.jiceng.shared.Actor;
import org.jiceng.shared.Audited;
import org.jiceng.shared.DataScope;
import org.jiceng.shared.NotFoundException;
import org.jiceng.shared.ObjectOwner;
import org.jiceng.shared.RuleViolationException;
import org.jiceng.shared.ScopeKind;
import org.jiceng.shared.StaleEditException;
import org.jiceng.shared.Text;
import org.jiceng.shared.UploadTypes;
import org.jiceng.training.TrainingRollups;
import org.jiceng.training.session.TrainingService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Required readings (规定篇目) and their study records ({@link ReadingRules}). The county officer lists a year's
 * readings; a member records their own study; a secretary or officer records study for people of the register in
 * scope. Study hours count toward the person's training hours (see {@code hours.HoursQueries}). Every write is audited.
 */
@Service
@Transactional
public class ReadingService {

    static final String READING = "TRAINING_READING";

    private final ReadingQueries queries;
    private final JdbcClient jdbc;
    private final OrgTree tree;
    private final CodeLists codes;
    private final DataScope scope;
    private final ApplicationEventPublisher events;
    private final TrainingRollups rollups;
    private final Clock clock;

    ReadingService(ReadingQueries queries, JdbcClient jdbc, OrgTree tree, CodeLists codes, DataScope scope,
                   ApplicationEventPublisher events, TrainingRollups rollups, Clock clock) {
        this.clock = clock;
        this.rollups = rollups;
        this.queries = queries;
        this.jdbc = jdbc;
        this.tree = tree;
        this.codes = codes;
        this.scope = scope;
        this.events = events;
    }

    /** A reading the user may see: listed by the user's own org or one above it, or by an org in the user's scope. */
    @Transactional(readOnly = true)
    public Reading reading(long readingId) {
        Actor actor = scope.requireActor();
        return queries.reading(readingId)
                .filter(r -> tree.contains(r.orgId(), actor.orgId()) || covers(r.orgId()))
                .orElseThrow(() -> NotFoundException.of("规定篇目", readingId));
    }

    /** A reading the user may edit: one listed by an org in the user's scope. */
    @Transactional(readOnly = true)
    public Reading ownReading(long readingId) {
        return queries.reading(readingId).filter(r -> covers(r.orgId()))
                .orElseThrow(() -> NotFoundException.of("规定篇目", readingId));
    }

    @Transactional(readOnly = true)
    public List<Reading> readings(int year) {
        return queries.bindingOn(scope.requireActor().orgId(), year);
    }

    public Reading create(ReadingForm form) {
        OrgSummary county = tree.find(scope.requireActor().orgId()).orElseThrow();
        if (county.type() != OrgType.COUNTY) {
            throw RuleViolationException.onField("title", "规定篇目由县委组织部列出");
        }
        throwIfAny(ReadingRules.checkReading(form, codes.isValid(TrainingService.CATEGORY_LIST, form.category())));
        var keys = new GeneratedKeyHolder();
        LocalDateTime now = LocalDateTime.now(clock);
        jdbc.sql("""
                INSERT INTO training_readings (org_id, reading_year, title, issuer, category, audience, hours, due_date,
                    link, version, created_by, created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?)""")
                .params(county.id(), form.year(), form.title().trim(), blankToNull(form.issuer()), form.category(),
                        form.audience(), form.hours(), form.dueDate(), blankToNull(form.link()),
                        scope.requireActor().username(), now, now)
                .update(keys, "id");
        Reading created = queries.reading(keys.getKey().longValue()).orElseThrow();
        events.publishEvent(Audited.created(READING, created.id(), created.label(), created.orgId(), created));
        return created;
    }

    public Reading update(long readingId, ReadingForm form) {
        Reading before = ownReading(readingId);
        if (form.version() == null || form.version() != before.version()) {
            throw new StaleEditException("该规定篇目");
        }
        if (form.year() != before.year()) {
            throw RuleViolationException.onField("year", "年度列出后不能更改；请在新年度重新列出");
        }
        throwIfAny(ReadingRules.checkReading(form, codes.isValid(TrainingService.CATEGORY_LIST, form.category())));
        int changed = jdbc.sql("""
                UPDATE training_readings SET title = ?, issuer = ?, category = ?, audience = ?, hours = ?, due_date = ?,
                    link = ?, version = version + 1, updated_at = ? WHERE id = ? AND version = ?""")
                .params(form.title().trim(), blankToNull(form.issuer()), form.category(), form.audience(), form.hours(),
                        form.dueDate(), blankToNull(form.link()), LocalDateTime.now(clock), readingId, before.version())
                .update();
        if (changed == 0) {
            throw new StaleEditException("该规定篇目");
        }
        Reading after = queries.reading(readingId).orElseThrow();
        events.publishEvent(Audited.updated(READING, readingId, after.label(), after.orgId(), before, after));
        return after;
    }

    /** The text of a reading as uploaded: its name, type and bytes. */
    public record Document(String fileName, String contentType, byte[] content) {
    }

    /**
     * The county that listed a reading uploads its text (a PDF, Word or image, checked by its first bytes); a new
     * upload replaces the earlier one.
     */
    public Reading attach(long readingId, String fileName, byte[] content) {
        Reading reading = ownReading(readingId);
        String type = UploadTypes.check(fileName, content);
        if (type == null) {
            throw RuleViolationException.onField("file", "原文须为 PDF、Word、Excel 或图片（jpg、png），不超过"
                    + UploadTypes.MAX_BYTES / 1024 / 1024 + "MB，且内容与扩展名相符");
        }
        String name = UploadTypes.safeName(fileName);
        jdbc.sql("DELETE FROM training_reading_documents WHERE reading_id = ?").param(readingId).update();
        jdbc.sql("""
                INSERT INTO training_reading_documents (reading_id, file_name, content_type, size_bytes, content,
                    uploaded_by, uploaded_at) VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(readingId, name, type, content.length, content, scope.requireActor().username(),
                        LocalDateTime.now(clock)).update();
        jdbc.sql("UPDATE training_readings SET version = version + 1, updated_at = ? WHERE id = ?")
                .params(LocalDateTime.now(clock), readingId).update();
        Reading after = queries.reading(readingId).orElseThrow();
        events.publishEvent(new Audited("DOCUMENT_ATTACH", READING, readingId, reading.label(), reading.orgId(),
                reading.documentName() == null ? null : Map.of("原文", reading.documentName()),
                Map.of("原文", name, "大小", content.length)));
        return after;
    }

    /** The uploaded text of a reading the user may see (listed by their org or one above it, or in scope). */
    @Transactional(readOnly = true)
    public Document document(long readingId) {
        reading(readingId);
        return jdbc.sql("SELECT file_name, content_type, content FROM training_reading_documents WHERE reading_id = ?")
                .param(readingId).query((rs, i) -> new Document(rs.getString(1), rs.getString(2), rs.getBytes(3)))
                .optional().orElseThrow(() -> new NotFoundException("该规定篇目没有上传原文"));
    }

    /** The signed-in member records their own study of a reading. */
    public int recordOwn(StudyForm form) {
        Long personId = scope.requireActor().personId();
        if (personId == null) {
            throw new NotFoundException("您的账户未关联党员名册中的人员");
        }
        Reading reading = reading(form.readingId());
        return record(reading, List.of(personId), form, "本人");
    }

    /**
     * Withdraws a study recorded by mistake: a member their own ({@code personId} null), a secretary or officer one of
     * a person in their scope. The person's hours for the year are recounted.
     */
    public void withdrawStudy(long readingId, Long personId) {
        Reading reading = reading(readingId);
        long person = personId != null ? personId : java.util.Optional.ofNullable(scope.requireActor().personId())
                .orElseThrow(() -> new NotFoundException("您的账户未关联党员名册中的人员"));
        var study = jdbc.sql("""
                SELECT p.org_id, p.name, st.studied_on FROM reading_studies st JOIN people p ON p.id = st.person_id
                WHERE st.reading_id = ? AND st.person_id = ?""").params(readingId, person)
                .query((rs, i) -> new Object[] {rs.getLong(1), rs.getString(2), rs.getObject(3, LocalDate.class)})
                .optional()
                .filter(row -> scope.covers(new ObjectOwner(ScopeKind.REGISTER, (Long) row[0], person)))
                .orElseThrow(() -> RuleViolationException.onField("personId", "没有此人学习《" + reading.title()
                        + "》的记录（或不在您的管辖范围内）"));
        LocalDate studiedOn = (LocalDate) study[2];
        rollups.hours(List.of(person), List.of(studiedOn.getYear()), () -> jdbc.sql(
                "DELETE FROM reading_studies WHERE reading_id = ? AND person_id = ?").params(readingId, person).update());
        events.publishEvent(new Audited("STUDY_REMOVE", READING, readingId, reading.label(), reading.orgId(),
                Map.of("学习人员", study[1], "学习日期", studiedOn), null));
    }

    /** A secretary or officer records a study for people picked from the register, or a whole branch. */
    public int recordFor(StudyForm form) {
        Reading reading = reading(form.readingId());
        if (form.orgId() != null) {
            OrgSummary org = tree.find(form.orgId()).filter(o -> covers(o.id()))
                    .orElseThrow(() -> RuleViolationException.onField("orgId", "所选组织不在您的管辖范围内"));
            List<Long> ids = queries.readers(org.id(), reading, null).stream()
                    .filter(r -> !r.studied() && (r.committee() || !reading.cadresOnly())).map(ReadingQueries.Reader::id)
                    .toList();
            if (ids.isEmpty()) {
                throw RuleViolationException.onField("orgId", org.shortName() + "应学本篇目的党员都已登记");
            }
            return record(reading, ids, form, org.shortName() + "集中学习");
        }
        if (form.people().isEmpty()) {
            throw RuleViolationException.onField("personIds", "请至少选择一人，或选择集中学习的支部");
        }
        return record(reading, form.people(), form, null);
    }

    private int record(Reading reading, List<Long> ids, StudyForm form, String how) {
        BigDecimal hours = form.hours() == null ? reading.hours() : form.hours();
        throwIfAny(ReadingRules.checkStudy(reading, form.studiedOn(), hours, ids, LocalDate.now(clock)));
        Actor actor = scope.requireActor();
        List<ReadingQueries.Reader> found = queries.readers(reading.orgId(), reading, ids.stream().distinct().toList());
        long unknown = ids.stream().distinct().count() - found.size();
        if (unknown > 0) {
            throw RuleViolationException.onField("personIds", unknown
                    + "人不是您管辖范围内党籍正常的党员，不能登记学习记录");
        }
        throwIfAny(ReadingRules.alreadyStudied(found.stream().filter(ReadingQueries.Reader::studied)
                .map(ReadingQueries.Reader::name).toList()));
        if (reading.cadresOnly()) {
            throwIfAny(ReadingRules.notRequired(found.stream().filter(r -> !r.committee())
                    .map(ReadingQueries.Reader::name).toList()));
        }
        LocalDateTime now = LocalDateTime.now(clock);
        String note = blankToNull(form.note());
        rollups.hours(found.stream().map(ReadingQueries.Reader::id).toList(), List.of(form.studiedOn().getYear()), () -> {
            for (ReadingQueries.Reader reader : found) {
                jdbc.sql("""
                        INSERT INTO reading_studies (reading_id, person_id, studied_on, hours, note, recorded_by, recorded_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?)""")
                        .params(reading.id(), reader.id(), form.studiedOn(), hours, note, actor.username(), now).update();
            }
            return null;
        });
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("学习人员", how != null ? how + "（" + found.size() + "人）"
                : found.size() <= 100 ? String.join("、", found.stream().map(ReadingQueries.Reader::name).toList())
                : found.size() + "人");
        after.put("学习日期", form.studiedOn());
        after.put("学时", hours);
        if (note != null) {
            after.put("心得", note);
        }
        events.publishEvent(new Audited("STUDY_ADD", READING, reading.id(), reading.label(), reading.orgId(), null, after));
        return found.size();
    }

    private boolean covers(long orgId) {
        return scope.covers(new ObjectOwner(ScopeKind.REGISTER, orgId, null));
    }

    private static String blankToNull(String value) {
        return Text.clean(value);
    }
}
