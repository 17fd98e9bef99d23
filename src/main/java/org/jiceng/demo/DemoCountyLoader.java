package org.jiceng.demo;

import java.lang.management.ManagementFactory;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.concurrent.CompletableFuture;

import org.jiceng.assessment.scheme.ReferenceSchemes;
import org.jiceng.assessment.scheme.SchemeService;
import org.jiceng.assessment.scheme.SchemeTemplate;
import org.jiceng.shared.Audited;
import org.jiceng.training.TrainingRollups;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the demo county into an empty database: on the first start of the embedded H2 default ({@code auto}), or
 * whenever asked ({@code JICENG_DEMO=always}); never in production unless asked. All or nothing, in one transaction;
 * health is out of service until it is done ({@link DemoCountyReadiness}).
 */
@Component
@Order(0)
class DemoCountyLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoCountyLoader.class);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final PasswordEncoder passwords;
    private final SchemeService schemes;
    private final ReferenceSchemes templates;
    private final CampaignDemo campaigns;
    private final CommendationDemo commendations;
    private final IncentiveCareDemo incentives;
    private final CadreAssessmentDemo cadreAssessments;
    private final DocumentsDemo documents;
    private final RewardDemo rewards;
    private final PayDemo pay;
    private final LedgerDemo ledger;
    private final TargetAssessmentDemo targetAssessment;
    private final SupervisionDemo supervision;
    private final SummaryDemo summaries;
    private final TrainingRollups rollups;
    private final String mode;
    private final Clock clock;
    private final DemoCountyReadiness readiness;
    private final ApplicationEventPublisher events;

    DemoCountyLoader(JdbcTemplate jdbc, TransactionTemplate transaction, PasswordEncoder passwords,
                     SchemeService schemes, ReferenceSchemes templates, CampaignDemo campaigns, CommendationDemo commendations,
                     IncentiveCareDemo incentives, CadreAssessmentDemo cadreAssessments, DocumentsDemo documents, RewardDemo rewards, PayDemo pay, LedgerDemo ledger,
                     TargetAssessmentDemo targetAssessment, SupervisionDemo supervision, SummaryDemo summaries, TrainingRollups rollups,
                     @Value("${jiceng.demo.mode:auto}") String mode, Clock clock, DemoCountyReadiness readiness,
                     ApplicationEventPublisher events) {
        this.clock = clock;
        this.readiness = readiness;
        this.events = events;
        this.rollups = rollups;
        this.campaigns = campaigns;
        this.commendations = commendations;
        this.incentives = incentives;
        this.cadreAssessments = cadreAssessments;
        this.documents = documents;
        this.rewards = rewards;
        this.pay = pay;
        this.ledger = ledger;
        this.targetAssessment = targetAssessment;
        this.supervision = supervision;
        this.summaries = summaries;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.passwords = passwords;
        this.schemes = schemes;
        this.templates = templates;
        this.mode = mode;
    }

    @Override
    public void run(ApplicationArguments args) {
        readiness.whileLoading(() -> {
            if (!shouldLoad()) {
                return;
            }
            long started = System.nanoTime();
            long cpuStarted = cpuNanos();
            long people = transaction.execute(status -> load(LocalDate.now(clock)));
            // The CPU time too: on a shared machine it moves far less with the load than the wall time.
            log.info("Loaded the demo county {} ({} people) in {} ms (CPU {} ms)", DemoCounty.COUNTY_NAME, people,
                    (System.nanoTime() - started) / 1_000_000, (cpuNanos() - cpuStarted) / 1_000_000);
        });
    }

    boolean shouldLoad() {
        boolean empty = jdbc.queryForObject("SELECT COUNT(*) FROM orgs", Long.class) == 0;
        return switch (mode) {
            case "always" -> empty;
            case "never" -> false;
            default -> empty && isH2();
        };
    }

    long load(LocalDate today) {
        var writer = new RegisterWriter(jdbc, LocalDateTime.now(clock));
        var factory = new PersonFactory(2010, DemoCounty.ADDRESS_CODE);
        var villages = new VillageBuilder(writer, factory, today);
        long county = writer.org(null, "COUNTY", "610322", DemoCounty.COUNTY_NAME, DemoCounty.COUNTY_SHORT, 0);
        // bcrypt takes a noticeable part of a cold start's second: hashed on another core while the register is written.
        var hash = CompletableFuture.supplyAsync(() -> passwords.encode(DemoCounty.DEMO_PASSWORD));
        var accounts = new DemoAccounts(jdbc, hash::join, LocalDateTime.now(clock));
        int townshipOrder = 0;
        VillageBuilder.Village chengjiayuan = null;
        for (DemoCounty.Township township : DemoCounty.TOWNSHIPS) {
            long townshipId = writer.org(county, "TOWNSHIP", null, "中共" + township.name() + "委员会",
                    township.name(), townshipOrder++);
            // The unit is the township government: 单位类别 51 乡镇, 建立党委 (1).
            writer.unit(townshipId, township.name() + "人民政府", "51", "1");
            int villageOrder = 0;
            for (String village : township.villages()) {
                int members = 18 + factory.random().nextInt(48);
                var built = villages.build(townshipId, township.name(), village, villageOrder++, members,
                        6 + factory.random().nextInt(10));
                if ("程家塬村".equals(village)) {
                    chengjiayuan = built;
                }
            }
            villages.townshipCommittee(townshipId, township.name());
            accounts.pending(township.account(), township.name() + "组织委员", "TOWNSHIP_OFFICER", townshipId, null);
        }
        writer.finish();
        writer.outflows(today);
        accounts.pending("county", "县委组织部组织科", "COUNTY_OFFICER", county, null);
        accounts.pending("chengjiayuan", "程家塬村党支部书记", "BRANCH_SECRETARY", chengjiayuan.orgId(),
                chengjiayuan.secretaryId());
        accounts.pending("dangyuan", "程家塬村党员", "MEMBER", chengjiayuan.orgId(), chengjiayuan.memberIds().get(5));
        accounts.pending("sysadmin", "系统管理员", "SYSTEM_ADMIN", county, null);
        accounts.pending("security", "安全管理员", "SECURITY_ADMIN", county, null);
        accounts.pending("auditor", "安全审计员", "AUDITOR", county, null);
        accounts.write();
        new TrainingDemo(jdbc, LocalDateTime.now(clock)).load(county);
        rollups.rebuild();
        installSchemes(county);
        campaigns.load(county);
        commendations.load(county);
        incentives.load(county);
        cadreAssessments.load(county);
        documents.load(county);
        rewards.load(county);
        pay.load(county);
        ledger.load(county);
        targetAssessment.load();
        supervision.load();
        summaries.load();
        // Through the audit recorder, so that the entry joins the audit log's hash chain.
        events.publishEvent(new Audited("DEMO_LOADED", "ORG", county, DemoCounty.COUNTY_NAME, county, null, null));
        return writer.peopleWritten();
    }

    /**
     * The county's 考核方案 from the reference templates, published for 2009 and 2010 (the 2010 campaigns run on them;
     * the county officer may still copy 2009's 升级晋档 into a new 2010 edition, story step 1 of the 争先创优 issue).
     */
    private void installSchemes(long county) {
        for (SchemeTemplate template : templates.all()) {
            schemes.install(county, template, 2009, true);
            schemes.install(county, template, 2010, true);
        }
    }

    private static long cpuNanos() {
        return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    private boolean isH2() {
        return Boolean.TRUE.equals(jdbc.execute((Connection c) -> {
            try {
                return c.getMetaData().getDatabaseProductName().toUpperCase().contains("H2");
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }));
    }
}
