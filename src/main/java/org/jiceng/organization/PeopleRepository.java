package org.jiceng.organization;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jiceng.shared.RequestMemo;
import org.jiceng.shared.StaleEditException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Storage of the people register and its transfer history. Unscoped: services check the data scope first. */
@Repository
class PeopleRepository {

    static final String COLUMNS = """
            id, org_id, party_group_id, name, gender, ethnicity, id_number, birth_date, education, work_post, category,
            political_status, joined_on, confirmed_on, job, phone, landline_area, landline_number, address,
            membership_status, lost_contact,
            lost_contact_on, migrant, migrant_destination, hardship, hardship_note, version""";

    private static final String INSERT = "INSERT INTO people (org_id, party_group_id, name, gender, ethnicity, id_number, birth_date,"
            + " education, work_post, political_status, joined_on, confirmed_on, job, phone, landline_area,"
            + " landline_number, address,"
            + " membership_status, lost_contact, lost_contact_on, migrant, migrant_destination, hardship,"
            + " hardship_note, version, created_at, updated_at) VALUES (:orgId, :partyGroupId, :name, :gender,"
            + " :ethnicity, :idNumber, :birthDate, :education, :workPost, :politicalStatus, :joinedOn,"
            + " :confirmedOn, :job, :phone, :landlineArea, :landlineNumber, :address, :membershipStatus, :lostContact, :lostContactOn, :migrant,"
            + " :migrantDestination, :hardship, :hardshipNote, 0, :now, :now)";

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate batch;
    private final RegisterFigures figures;

    PeopleRepository(JdbcClient jdbc, NamedParameterJdbcTemplate batch, RegisterFigures figures) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.figures = figures;
    }

    /**
     * A person by id. Read once per request outside a read-write transaction: the scope guard, the service and the
     * page ask for the same person. Inside a read-write transaction it is always read (a write may follow, and what it
     * read may be rolled back); a write of people ({@link #forgetRequest}) makes the next lookup read again.
     */
    Optional<Person> find(long id) {
        Map<Long, Person> known = known();
        Person person = known.get(id);
        if (person != null) {
            return Optional.of(person);
        }
        Optional<Person> found = jdbc.sql("SELECT " + COLUMNS + " FROM people WHERE id = ?").param(id)
                .query((rs, i) -> map(rs)).optional();
        found.ifPresent(p -> known.put(id, p));
        return found;
    }

    /** After a write of people: what this request read of them is read again. */
    static void forgetRequest() {
        RequestMemo.forget(FOUND);
    }

    private static final String FOUND = PeopleRepository.class.getName() + ".found";

    /** The people this request has read; nothing is kept inside a read-write transaction (a write may follow). */
    private static Map<Long, Person> known() {
        return RequestMemo.table(FOUND, !(TransactionSynchronizationManager.isActualTransactionActive()
                && !TransactionSynchronizationManager.isCurrentTransactionReadOnly()));
    }

    /** Whether an outflow registration (流动党员登记) is open: it, not the edit form, says 是否流动 and 外出流向. */
    boolean hasOpenOutflow(long personId) {
        return jdbc.sql("SELECT COUNT(*) FROM member_mobility WHERE person_id = ? AND direction = 'OUT'"
                + " AND returned_on IS NULL").param(personId).query(Long.class).single() > 0;
    }

    Optional<Long> findIdByIdNumber(String idNumber) {
        return jdbc.sql("SELECT id FROM people WHERE id_number = ?").param(idNumber).query(Long.class).optional();
    }

    long insert(MemberForm f, LocalDateTime now) {
        var keys = new GeneratedKeyHolder();
        bind(jdbc.sql(INSERT), f).param("now", now)
                .update(keys, "id");
        long id = keys.getKeyAs(Number.class).longValue();
        figures.change(RegisterFigures.Counted.NOBODY, figures.of(id));
        return id;
    }

    /** Adds many records in one JDBC batch (spreadsheet imports); the caller has checked every rule. */
    void insertAll(List<MemberForm> forms, LocalDateTime now) {
        var params = forms.stream().map(f -> new MapSqlParameterSource(values(f)).addValue("now", now))
                .toArray(MapSqlParameterSource[]::new);
        batch.batchUpdate(INSERT, params);
        figures.added(forms.stream().map(f -> RegisterFigures.Counted.of(f.orgId(),
                PoliticalStatus.parse(f.politicalStatus()).name(), f.gender(), f.birthDate().getYear(), f.education(),
                f.isMigrant(), f.isHardship(), f.isLostContact())).toList());
    }

    /** Saves an edit made from {@code expectedVersion}; someone else's newer save makes it a conflict. */
    void update(long id, MemberForm f, long expectedVersion, LocalDateTime now) {
        var before = figures.of(id);
        int rows = bind(jdbc.sql("UPDATE people SET org_id = :orgId, party_group_id = :partyGroupId, name = :name,"
                + " gender = :gender, ethnicity = :ethnicity, id_number = :idNumber, birth_date = :birthDate,"
                + " education = :education, work_post = :workPost,"
                + " political_status = :politicalStatus,"
                + " joined_on = :joinedOn, confirmed_on = :confirmedOn, job = :job, phone = :phone,"
                + " landline_area = :landlineArea, landline_number = :landlineNumber,"
                + " address = :address, membership_status = :membershipStatus, lost_contact = :lostContact,"
                + " lost_contact_on = :lostContactOn, migrant = :migrant, migrant_destination = :migrantDestination,"
                + " hardship = :hardship, hardship_note = :hardshipNote, version = version + 1, updated_at = :now"
                + " WHERE id = :id AND version = :expectedVersion"), f)
                .param("now", now).param("id", id).param("expectedVersion", expectedVersion)
                .update();
        forgetRequest();
        if (rows == 0) {
            throw new StaleEditException("该人员信息");
        }
        // The old 人员类别 the upgrade could not map is shown only until a 工作岗位 is chosen.
        jdbc.sql("UPDATE people SET category = NULL WHERE id = ? AND work_post IS NOT NULL").param(id).update();
        figures.change(before, figures.of(id));
    }

    void moveToOrg(long id, long orgId, long expectedVersion, LocalDateTime now) {
        var before = figures.of(id);
        int rows = jdbc.sql("""
                UPDATE people SET org_id = :orgId, party_group_id = NULL, version = version + 1, updated_at = :now
                WHERE id = :id AND version = :expectedVersion""")
                .param("orgId", orgId).param("now", now).param("id", id).param("expectedVersion", expectedVersion)
                .update();
        forgetRequest();
        if (rows == 0) {
            throw new StaleEditException("该人员信息");
        }
        figures.change(before, figures.of(id));
    }

    void insertTransfer(long personId, long fromOrgId, long toOrgId, LocalDate on, String reason, String by,
                        LocalDateTime now) {
        jdbc.sql("""
                INSERT INTO member_transfers (person_id, from_org_id, to_org_id, transferred_on, reason, recorded_by, recorded_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(personId, fromOrgId, toOrgId, on, reason, by, now).update();
    }

    List<Transfer> transfers(long personId) {
        return jdbc.sql("""
                SELECT t.id, t.transferred_on, t.from_org_id, f.short_name AS from_name, t.to_org_id,
                       o.short_name AS to_name, t.reason, t.recorded_by, t.recorded_at
                FROM member_transfers t JOIN orgs f ON f.id = t.from_org_id JOIN orgs o ON o.id = t.to_org_id
                WHERE t.person_id = ? ORDER BY t.transferred_on DESC, t.id DESC""")
                .param(personId).query(Transfer.class).list();
    }

    private static java.util.Map<String, Object> values(MemberForm f) {
        var values = new java.util.HashMap<String, Object>();
        values.put("orgId", f.orgId());
        values.put("partyGroupId", f.partyGroupId());
        values.put("name", f.name());
        values.put("gender", f.gender());
        values.put("ethnicity", f.ethnicity());
        values.put("idNumber", f.idNumber());
        values.put("birthDate", f.birthDate());
        values.put("education", f.education());
        values.put("workPost", f.workPost());
        values.put("politicalStatus", PoliticalStatus.parse(f.politicalStatus()).name());
        values.put("joinedOn", f.joinedOn());
        values.put("confirmedOn", f.confirmedOn());
        values.put("job", f.job());
        values.put("phone", f.phone());
        values.put("landlineArea", f.landlineArea());
        values.put("landlineNumber", f.landlineNumber());
        values.put("address", f.address());
        values.put("membershipStatus", f.membershipStatus());
        values.put("lostContact", f.isLostContact());
        values.put("lostContactOn", f.lostContactOn());
        values.put("migrant", f.isMigrant());
        values.put("migrantDestination", f.migrantDestination());
        values.put("hardship", f.isHardship());
        values.put("hardshipNote", f.hardshipNote());
        return values;
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, MemberForm f) {
        return spec.param("orgId", f.orgId()).param("partyGroupId", f.partyGroupId()).param("name", f.name())
                .param("gender", f.gender()).param("ethnicity", f.ethnicity()).param("idNumber", f.idNumber())
                .param("birthDate", f.birthDate()).param("education", f.education()).param("workPost", f.workPost())
                .param("politicalStatus", PoliticalStatus.parse(f.politicalStatus()).name())
                .param("joinedOn", f.joinedOn()).param("confirmedOn", f.confirmedOn()).param("job", f.job())
                .param("phone", f.phone()).param("landlineArea", f.landlineArea())
                .param("landlineNumber", f.landlineNumber()).param("address", f.address())
                .param("membershipStatus", f.membershipStatus()).param("lostContact", f.isLostContact())
                .param("lostContactOn", f.lostContactOn()).param("migrant", f.isMigrant())
                .param("migrantDestination", f.migrantDestination()).param("hardship", f.isHardship())
                .param("hardshipNote", f.hardshipNote());
    }

    static Person map(ResultSet rs) throws SQLException {
        return new Person(rs.getLong("id"), rs.getLong("org_id"), rs.getObject("party_group_id", Long.class),
                rs.getString("name"), rs.getString("gender"), rs.getString("ethnicity"), rs.getString("id_number"),
                rs.getObject("birth_date", LocalDate.class), rs.getString("education"), rs.getString("work_post"),
                rs.getString("category"),
                PoliticalStatus.valueOf(rs.getString("political_status")), rs.getObject("joined_on", LocalDate.class),
                rs.getObject("confirmed_on", LocalDate.class), rs.getString("job"), rs.getString("phone"),
                rs.getString("landline_area"), rs.getString("landline_number"), rs.getString("address"), rs.getString("membership_status"), rs.getBoolean("lost_contact"),
                rs.getObject("lost_contact_on", LocalDate.class), rs.getBoolean("migrant"),
                rs.getString("migrant_destination"), rs.getBoolean("hardship"), rs.getString("hardship_note"),
                rs.getLong("version"));
    }
}
