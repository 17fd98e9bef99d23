package org.jiceng.support;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.jiceng.shared.IdCardNumber;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Test data beside the demo county: a second county (中共岐山县委) that no demo account may see, with one object of
 * every scoped kind, and accounts of its own. Ids of demo objects are looked up by name.
 */
@TestConfiguration(proxyBeanMethods = false)
@Order(10)
@org.springframework.context.annotation.Import({ScriptedRequests.class, StatementCounter.class})
public class Fixtures implements ApplicationRunner {

    public static final String PASSWORD = "Jiceng@2010";

    private final JdbcClient jdbc;
    private final PasswordEncoder passwords;

    public long outsideCounty;
    public long outsideTownship;
    public long outsideBranch;
    public long outsideGroup;
    public long outsidePerson;
    public long outsideVillager;
    public long outsidePost;
    public long outsideCadre;
    public long outsideReserve;
    public long outsideImport;
    public long outsideAccount;
    public long outsideAudit;
    public long outsideSession;
    public long outsideMeeting;
    public long outsideSite;
    public long outsideScheme;
    public long outsideCampaign;
    public long outsideEntry;
    public long outsideEvidence;
    public long outsideObjection;
    public long outsideTarget;
    public long outsideReading;
    public long outsideCall;
    public long outsideNomination;
    public long outsideFlag;
    public long outsideMobility;
    public long outsideTalk;
    public long outsideCase;
    public long outsideSupport;
    public long outsideDocument;
    /** What {@link DemoChecks} found once the demo county and these fixtures were loaded (before any test ran). */
    public List<String> startupProblems = List.of();
    public long outsideRewardRule;
    public long outsideReward;
    public long outsidePayAccount;
    public long outsideLedgerEntry;
    public long outsidePayRun;
    public long outsidePayLine;
    public long outsideTask;
    public long outsideDiary;
    public long outsideDiaryFile;
    public long outsideDesignation;
    public long outsideSupervision;
    public long outsidePeriod;
    public long outsideSummary;
    public long outsideLetter;
    public long outsideLetterItem;
    public long outsideLetterCopy;
    public long outsideToken;

    private final org.jiceng.training.TrainingRollups rollups;

    private final java.time.Clock clock;

    private final org.springframework.transaction.support.TransactionTemplate transaction;

    private final org.springframework.context.ApplicationEventPublisher events;

    Fixtures(JdbcClient jdbc, PasswordEncoder passwords, org.jiceng.training.TrainingRollups rollups,
             java.time.Clock clock, org.springframework.transaction.support.TransactionTemplate transaction,
             org.springframework.context.ApplicationEventPublisher events) {
        this.clock = clock;
        this.transaction = transaction;
        this.events = events;
        this.jdbc = jdbc;
        this.passwords = passwords;
        this.rollups = rollups;
    }

    /** Every test run starts from an empty schema. */
    @Bean
    static FlywayMigrationStrategy cleanThenMigrate() {
        return flyway -> {
            flyway.clean();
            flyway.migrate();
        };
    }

    @Override
    public void run(ApplicationArguments args) {
        LocalDateTime now = LocalDateTime.now(clock);
        outsideCounty = org(null, "COUNTY", "中共岐山县委", "岐山县委", 0, now);
        outsideTownship = org(outsideCounty, "TOWNSHIP", "中共蔡家坡镇委员会", "蔡家坡镇", 1, now);
        outsideBranch = org(outsideTownship, "BRANCH", "中共东街村支部委员会", "东街村", 2, now);
        outsideGroup = org(outsideBranch, "PARTY_GROUP", "东街村第一党小组", "第一党小组", 3, now);
        LocalDate birth = LocalDate.of(1975, 3, 8);
        outsidePerson = insert("""
                INSERT INTO people (org_id, name, gender, ethnicity, id_number, birth_date, political_status,
                    joined_on, confirmed_on, membership_status, phone, version, created_at, updated_at)
                VALUES (?, '岐山党员', '1', '01', ?, ?, 'FULL', ?, ?, '1', '13900000001', 0, ?, ?)""",
                outsideBranch, IdCardNumber.compose("610323", birth, 11), birth, LocalDate.of(2000, 7, 1),
                LocalDate.of(2001, 7, 1), now, now);
        outsideVillager = insert("""
                INSERT INTO people (org_id, name, gender, ethnicity, birth_date, political_status, version, created_at, updated_at)
                VALUES (?, '岐山村民', '2', '01', ?, 'NONE', 0, ?, ?)""", outsideBranch, LocalDate.of(1980, 1, 1), now, now);
        outsidePost = insert("INSERT INTO committee_posts (org_id, person_id, post, started_on, version) VALUES (?, ?, '01', ?, 0)",
                outsideBranch, outsidePerson, LocalDate.of(2008, 1, 15));
        outsideCadre = insert("""
                INSERT INTO village_cadres (org_id, person_id, post, concurrent_head, paid, term_start, version)
                VALUES (?, ?, '01', TRUE, TRUE, ?, 0)""", outsideBranch, outsidePerson, LocalDate.of(2008, 1, 15));
        outsideReserve = insert("INSERT INTO reserve_cadres (org_id, person_id, since, active, version) VALUES (?, ?, ?, TRUE, 0)",
                outsideBranch, outsideVillager, LocalDate.of(2009, 6, 1));
        outsideImport = insert("""
                INSERT INTO member_imports (org_id, file_name, status, created_by, created_at, version)
                VALUES (?, 'qishan.xlsx', 'INVALID', 'qishan', ?, 0)""", outsideCounty, now);
        outsideAccount = insert("""
                INSERT INTO accounts (username, password_hash, display_name, role, org_id, enabled, failed_attempts,
                                      password_changed_at, version, created_at, updated_at)
                VALUES ('qishan', ?, '岐山县委组织部', 'COUNTY_OFFICER', ?, TRUE, 0, ?, 0, ?, ?)""",
                passwords.encode(PASSWORD), outsideCounty, now, now, now);
        outsideToken = insert("""
                INSERT INTO api_tokens (account_id, name, token_hash, read_only, expires_on, created_at, created_by)
                VALUES (?, '岐山同步', ?, FALSE, ?, ?, 'qishan')""", outsideAccount, "0".repeat(64),
                LocalDate.now().plusDays(30), now);
        outsideAudit = AuditEntries.record(transaction, events, jdbc, "qishan",
                new org.jiceng.shared.Audited("UPDATE", "PERSON", outsidePerson, "岐山党员", outsideBranch, null, null));
        outsideSession = insert("""
                INSERT INTO training_sessions (org_id, topic, category, delivery_mode, start_date, end_date, hours,
                    unnamed_villagers, version, created_by, created_at, updated_at)
                VALUES (?, '岐山培训', '01', '01', ?, ?, 8, 0, 0, 'qishan', ?, ?)""", outsideTownship,
                LocalDate.of(2010, 3, 1), LocalDate.of(2010, 3, 1), now, now);
        jdbc.sql("INSERT INTO training_attendance (session_id, person_id, attended, hours) VALUES (?, ?, TRUE, 8)")
                .params(outsideSession, outsidePerson).update();
        outsideMeeting = insert("""
                INSERT INTO org_meetings (org_id, meeting_type, held_on, topic, expected, present, status, version,
                    created_by, created_at, updated_at)
                VALUES (?, '02', ?, '岐山支委会', 5, 5, 'SUBMITTED', 0, 'qishan', ?, ?)""", outsideBranch,
                LocalDate.of(2010, 3, 1), now, now);
        outsideSite = insert("INSERT INTO distance_sites (org_id, name, version, created_at, updated_at)"
                + " VALUES (?, '东街村远程教育站点', 0, ?, ?)", outsideBranch, now, now);
        outsideScheme = insert("""
                INSERT INTO assessment_schemes (owner_org_id, family, name, scheme_year, subject_kind, edition, status,
                    base_max, bonus_cap, example, version, created_at, updated_at)
                VALUES (?, 'upgrade-grading', '岐山县升级晋档考核方案', 2010, 'VILLAGE_BRANCH', 1, 'DRAFT', 100, 0, FALSE, 0, ?, ?)""",
                outsideCounty, now, now);
        long outsideProcess = insert("""
                INSERT INTO review_processes (kind, title, owner_org_id, publicity_days, public_code, created_by, created_at)
                VALUES ('CAMPAIGN', '岐山县升级晋档', ?, 7, 'qishan-notice', 'qishan', ?)""", outsideCounty, now);
        long outsideItem = insert("""
                INSERT INTO review_items (process_id, org_id, reviewer_org_id, label, stage, stage_since)
                VALUES (?, ?, ?, '东街村', 'PUBLICIZING', ?)""", outsideProcess, outsideBranch, outsideTownship, now);
        outsideCampaign = insert("""
                INSERT INTO assessment_campaigns (owner_org_id, scheme_id, campaign_year, name, process_id, max_rise,
                    created_by, created_at)
                VALUES (?, ?, 2010, '岐山县升级晋档', ?, 1, 'qishan', ?)""", outsideCounty, outsideScheme, outsideProcess, now);
        outsideEntry = insert("""
                INSERT INTO campaign_entries (campaign_id, org_id, township_id, item_id) VALUES (?, ?, ?, ?)""",
                outsideCampaign, outsideBranch, outsideTownship, outsideItem);
        outsideEvidence = insert("""
                INSERT INTO campaign_evidence (entry_id, indicator_code, file_name, content_type, size_bytes, content,
                    uploaded_by, uploaded_at)
                VALUES (?, 'A1', 'qishan.pdf', 'application/pdf', 4, ?, 'qishan', ?)""", outsideEntry,
                "%PDF".getBytes(java.nio.charset.StandardCharsets.US_ASCII), now);
        outsideObjection = insert("""
                INSERT INTO review_objections (item_id, lodged_by, contact, content, lodged_at, status)
                VALUES (?, '岐山村民', '13900000002', '岐山异议', ?, 'OPEN')""", outsideItem, now);
        outsideTarget = insert("""
                INSERT INTO township_targets (org_id, target_year, kind, family, grade, target_value, label, created_by, created_at)
                VALUES (?, 2010, 'COUNT', 'upgrade-grading', '二类', 1, '岐山目标', 'qishan', ?)""", outsideTownship, now);
        outsideReading = insert("""
                INSERT INTO training_readings (org_id, reading_year, title, category, audience, hours, version,
                    created_by, created_at, updated_at)
                VALUES (?, 2010, '岐山规定篇目', '01', 'ALL', 2, 0, 'qishan', ?, ?)""", outsideCounty, now, now);
        jdbc.sql("INSERT INTO reading_studies (reading_id, person_id, studied_on, hours, recorded_by, recorded_at)"
                + " VALUES (?, ?, ?, 2, 'qishan', ?)").params(outsideReading, outsidePerson, LocalDate.of(2010, 3, 1), now)
                .update();
        long outsideCallProcess = insert("""
                INSERT INTO review_processes (kind, title, owner_org_id, publicity_days, public_code, created_by, created_at)
                VALUES ('MODEL_MEMBER', '岐山县标兵', ?, 7, 'qishan-model', 'qishan', ?)""", outsideCounty, now);
        long outsideCallItem = insert("""
                INSERT INTO review_items (process_id, org_id, reviewer_org_id, label, stage, stage_since)
                VALUES (?, ?, ?, '岐山党员', 'DRAFT', ?)""", outsideCallProcess, outsideBranch, outsideTownship, now);
        outsideCall = insert("""
                INSERT INTO commendation_calls (owner_org_id, call_year, title, process_id, created_by, created_at)
                VALUES (?, 2010, '岐山县标兵', ?, 'qishan', ?)""", outsideCounty, outsideCallProcess, now);
        outsideNomination = insert("""
                INSERT INTO commendation_nominations (call_id, person_id, org_id, township_id, item_id, deeds, created_by, created_at)
                VALUES (?, ?, ?, ?, ?, '岐山事迹', 'qishan', ?)""", outsideCall, outsidePerson, outsideBranch,
                outsideTownship, outsideCallItem, now);
        outsideFlag = insert("""
                INSERT INTO person_flags (person_id, kind, from_date, recorded_by, recorded_at)
                VALUES (?, 'ADMONISHMENT', ?, 'qishan', ?)""", outsidePerson, LocalDate.of(2010, 1, 1), now);
        outsideMobility = insert("""
                INSERT INTO member_mobility (person_id, org_id, direction, place, left_on, reason, recorded_by,
                    recorded_at) VALUES (?, ?, 'OUT', '广东省深圳市', ?, '务工', 'qishan', ?)""",
                outsidePerson, outsideBranch, LocalDate.of(2009, 3, 1), now);
        outsideTalk = insert("""
                INSERT INTO talks (kind, person_id, org_id, township_id, held_by_org_id, held_by_name, subject_name,
                    subject_unit, held_on, place, talker_name, talker_post, recorder_name, reason, content, status,
                    created_by, created_at)
                VALUES ('REMINDER', ?, ?, ?, ?, '中共蔡家坡镇委员会', '岐山党员', '蔡家坡镇 / 东街村', ?, '镇会议室',
                    '岐山书记', '镇党委书记', '岐山记录', '岐山事由', '岐山内容', 'RECORDED', 'qishan', ?)""",
                outsidePerson, outsideBranch, outsideTownship, outsideTownship, LocalDate.of(2010, 3, 1), now);
        outsideCase = insert("""
                INSERT INTO hardship_cases (person_id, org_id, township_id, person_name, org_name, member, cause,
                    severity, opened_on, created_by, created_at)
                VALUES (?, ?, ?, '岐山党员', '东街村', TRUE, '01', '1', ?, 'qishan', ?)""",
                outsidePerson, outsideBranch, outsideTownship, LocalDate.of(2010, 1, 1), now);
        jdbc.sql("UPDATE people SET hardship = TRUE, hardship_note = '本人患重病' WHERE id = ?").param(outsidePerson)
                .update();
        outsideSupport = insert("""
                INSERT INTO support_entries (case_id, support_year, given_on, kind, amount, fund_source, recorded_by,
                    recorded_at)
                VALUES (?, 2010, ?, '01', 300.00, '01', 'qishan', ?)""", outsideCase, LocalDate.of(2010, 2, 8), now);
        outsideDocument = insert("""
                INSERT INTO basis_documents (org_id, doc_number, doc_year, title, doc_kind, issued_on, version, created_by,
                    created_at, updated_at)
                VALUES (?, '蔡发〔2010〕1号', 2010, '蔡家坡镇村干部考核办法', '01', ?, 0, 'qishan', ?, ?)""",
                outsideTownship, LocalDate.of(2010, 2, 1), now, now);
        jdbc.sql("""
                INSERT INTO basis_document_texts (document_id, file_name, content_type, size_bytes, content, uploaded_by,
                    uploaded_at) VALUES (?, 'qishan.pdf', 'application/pdf', 4, ?, 'qishan', ?)""")
                .params(outsideDocument, "%PDF".getBytes(java.nio.charset.StandardCharsets.US_ASCII), now).update();
        jdbc.sql("""
                INSERT INTO basis_citations (document_id, subject_kind, subject_id, subject_org_id, subject_label, cited_by,
                    cited_at) VALUES (?, 'TRAINING_PLAN', ?, ?, '蔡家坡镇2010年培训计划', 'qishan', ?)""")
                .params(outsideDocument, outsideTownship + "/2010", outsideTownship, now).update();
        outsideRewardRule = insert("""
                INSERT INTO reward_rules (owner_org_id, rule_year, name, kind, nature, subject, amount, basis,
                    created_by, created_at, updated_at)
                VALUES (?, 2010, '岐山单项奖', '02', 'REWARD', 'PERSON', 300, '岐山奖惩办法', 'qishan', ?, ?)""",
                outsideCounty, now, now);
        long outsideRewardProcess = insert("""
                INSERT INTO review_processes (kind, title, owner_org_id, publicity_days, public_code, created_by, created_at)
                VALUES ('REWARD', '蔡家坡镇2010年度奖惩', ?, 7, 'qishan-reward', 'qishan', ?)""", outsideTownship, now);
        long outsideRewardItem = insert("""
                INSERT INTO review_items (process_id, org_id, reviewer_org_id, label, stage, stage_since)
                VALUES (?, ?, ?, '岐山党员：岐山单项奖', 'DRAFT', ?)""", outsideRewardProcess, outsideBranch,
                outsideTownship, now);
        outsideReward = insert("""
                INSERT INTO rewards (rule_id, reward_year, kind, nature, subject, org_id, township_id, person_id,
                    subject_name, amount, basis, reason, record_date, item_id, created_by, created_at)
                VALUES (?, 2010, '02', 'REWARD', 'PERSON', ?, ?, ?, '岐山党员', 300, '岐山奖惩办法', '岐山事由', ?, ?,
                    'qishan', ?)""", outsideRewardRule, outsideBranch, outsideTownship, outsidePerson,
                LocalDate.of(2010, 3, 1), outsideRewardItem, now);
        long outsideStandard = insert("""
                INSERT INTO pay_standards (county_id, standard_year, due_day, counted_day, performance_due_month,
                    overdraft_allowed, topup_limit, on_time_target, updated_by, updated_at)
                VALUES (?, 2010, 10, 15, 1, FALSE, 0, 100, 'qishan', ?)""", outsideCounty, now);
        outsidePayAccount = insert("""
                INSERT INTO pay_accounts (village_id, township_id, account_name, population, opened_on, opened_by, opened_at)
                VALUES (?, ?, '东街村村干部报酬专帐', 1200, ?, 'qishan', ?)""", outsideBranch, outsideTownship,
                LocalDate.of(2010, 1, 4), now);
        outsidePayRun = insert("""
                INSERT INTO pay_runs (township_id, kind, run_year, run_month, standard_id, due_date, computed_by, computed_at)
                VALUES (?, 'MONTHLY', 2010, 1, ?, ?, 'qishan', ?)""", outsideTownship, outsideStandard,
                LocalDate.of(2010, 2, 10), now);
        outsidePayLine = insert("""
                INSERT INTO pay_lines (run_id, village_id, person_id, person_name, post_code, post_label, months, basic,
                    topup, due, sort_order) VALUES (?, ?, ?, '岐山党员', '01', '村党组织书记', 1, 400, 0, 400, 0)""",
                outsidePayRun, outsideBranch, outsidePerson);
        outsideLedgerEntry = insert("""
                INSERT INTO pay_entries (account_id, village_id, township_id, kind, entry_date, amount, source,
                    document_no, recorded_by, recorded_at)
                VALUES (?, ?, ?, 'FUND_IN', ?, 5000, '财政转移支付', '岐财发〔2010〕1号', 'qishan', ?)""",
                outsidePayAccount, outsideBranch, outsideTownship, LocalDate.of(2010, 1, 5), now);
        outsideTask = insert("""
                INSERT INTO central_tasks (org_id, task_year, title, category, lead_unit, created_by, created_at)
                VALUES (?, 2010, '蔡家坡镇招商引资', '01', '镇经济发展办', 'qishan', ?)""", outsideTownship, now);
        outsideDiary = insert("""
                INSERT INTO ledger_diary_entries (org_id, entry_year, entry_date, category, content, witness, task_id,
                    recorded_by, recorded_at)
                VALUES (?, 2010, ?, '01', '岐山台账', '岐山见证人', ?, 'qishan', ?)""", outsideBranch,
                LocalDate.of(2010, 3, 2), outsideTask, now);
        jdbc.sql("INSERT INTO ledger_diary_quantities (entry_id, line_no, quantity, unit) VALUES (?, 1, 10, 'WAN_YUAN')")
                .param(outsideDiary).update();
        outsideDiaryFile = insert("""
                INSERT INTO ledger_diary_files (entry_id, file_name, content_type, size_bytes, content, uploaded_by,
                    uploaded_at) VALUES (?, 'qishan.pdf', 'application/pdf', 4, ?, 'qishan', ?)""", outsideDiary,
                "%PDF".getBytes(java.nio.charset.StandardCharsets.US_ASCII), now);
        outsideDesignation = insert("""
                INSERT INTO demonstration_villages (village_id, named_by_org_id, demo_year, kind, named_on, created_by,
                    created_at) VALUES (?, ?, 2010, '01', ?, 'qishan', ?)""", outsideBranch, outsideTownship,
                LocalDate.of(2010, 3, 1), now);
        outsideSupervision = insert("""
                INSERT INTO supervision_items (org_id, org_name, item_year, item_number, serial, title, requirement,
                    lead_org_id, lead_name, township_id, registered_on, deadline, first_due, status, created_by,
                    created_at) VALUES (?, '中共岐山县委', 2010, '督办〔2010〕1号', 1, '岐山督办事项', '岐山办理要求', ?,
                    '蔡家坡镇 / 东街村', ?, ?, ?, ?, 'ASSIGNED', 'qishan', ?)""", outsideCounty, outsideBranch,
                outsideTownship, LocalDate.of(2010, 3, 1), LocalDate.of(2010, 3, 31), LocalDate.of(2010, 3, 31), now);
        long outsideSummaryProcess = insert("""
                INSERT INTO review_processes (kind, title, owner_org_id, publicity_days, public_code, created_by, created_at)
                VALUES ('SUMMARY', '岐山县2010年第一季度小结', ?, 1, 'qishan-summary', 'qishan', ?)""", outsideCounty, now);
        long outsideSummaryItem = insert("""
                INSERT INTO review_items (process_id, org_id, reviewer_org_id, label, stage, stage_since)
                VALUES (?, ?, ?, '东街村：2010年第一季度小结', 'DRAFT', ?)""", outsideSummaryProcess, outsideBranch,
                outsideTownship, now);
        outsidePeriod = insert("""
                INSERT INTO summary_periods (owner_org_id, owner_name, period_year, kind, title, period_end, submit_due,
                    max_points, submitters, process_id, created_by, created_at)
                VALUES (?, '岐山县委', 2010, 'QUARTER', '第一季度小结', ?, ?, 10, 'VILLAGES', ?, 'qishan', ?)""",
                outsideCounty, LocalDate.of(2010, 3, 31), LocalDate.of(2010, 4, 10), outsideSummaryProcess, now);
        outsideSummary = insert("""
                INSERT INTO period_summaries (period_id, org_id, org_name, reviewer_org_id, item_id, summary_text,
                    created_by, created_at, updated_at) VALUES (?, ?, '蔡家坡镇 / 东街村', ?, ?, '岐山总结', 'qishan', ?, ?)""",
                outsidePeriod, outsideBranch, outsideTownship, outsideSummaryItem, now, now);
        outsideLetter = insert("""
                INSERT INTO target_letters (org_id, letter_year, title, issuer, status, issued_on, created_by, created_at)
                VALUES (?, 2010, '岐山目标责任书', '中共蔡家坡镇委员会', 'ISSUED', ?, 'qishan', ?)""", outsideTownship,
                LocalDate.of(2010, 3, 1), now);
        outsideLetterItem = insert("""
                INSERT INTO target_letter_items (letter_id, line_no, area, content, measure_kind, base_points,
                    checking_office, task_id) VALUES (?, 1, '02', '岐山招商引资', 'DONE', 10, '镇经济发展办', ?)""",
                outsideLetter, outsideTask);
        outsideLetterCopy = insert("""
                INSERT INTO target_letter_copies (letter_id, village_id, status) VALUES (?, ?, 'ISSUED')""",
                outsideLetter, outsideBranch);
        rollups.rebuild();
        org.jiceng.organization.RegisterFigures.rebuild(jdbc); // the outside county's people were written directly
        startupProblems = DemoChecks.problems(jdbc, java.time.LocalDate.now(clock));
    }

    /** The id of a demo org by its short name (e.g. 汉封乡, 程家塬村). */
    public long org(String shortName) {
        return jdbc.sql("SELECT id FROM orgs WHERE short_name = ? ORDER BY id").param(shortName)
                .query(Long.class).list().get(0);
    }

    /** The id of a member of a demo org: the first registered there. */
    public long firstMemberOf(String orgShortName) {
        return jdbc.sql("""
                SELECT p.id FROM people p JOIN orgs o ON o.id = p.org_id
                WHERE o.short_name = ? AND p.political_status <> 'NONE' ORDER BY p.id""")
                .param(orgShortName).query(Long.class).list().get(0);
    }

    private long org(Long parent, String type, String name, String shortName, int depth, LocalDateTime now) {
        long id = insert("""
                INSERT INTO orgs (parent_id, org_type, name, short_name, depth, sort_order, version, created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, 0, 0, ?, ?)""", parent, type, name, shortName, depth, now, now);
        jdbc.sql("INSERT INTO org_tree (ancestor_id, descendant_id, distance) VALUES (?, ?, 0)").params(id, id).update();
        if (parent != null) {
            jdbc.sql("""
                    INSERT INTO org_tree (ancestor_id, descendant_id, distance)
                    SELECT ancestor_id, ?, distance + 1 FROM org_tree WHERE descendant_id = ?""").params(id, parent).update();
        }
        return id;
    }

    private long insert(String sql, Object... params) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql(sql).params(params).update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }
}
