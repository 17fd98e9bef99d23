package org.jiceng;

import java.util.List;
import java.util.Set;

/**
 * Which module owns which tables, and which of its tables a module publishes for others to read — declared once,
 * here, for every module. Every table the migrations create has exactly one owner; only the owner writes or locks
 * (INSERT, UPDATE, DELETE, MERGE, SELECT … FOR UPDATE) its tables. Another module reads a table in its own SQL only
 * when the owner publishes it; otherwise it uses the owner's SQL vocabulary ({@code organization.RegisterSql},
 * {@code organization.ScopedSql}, {@code configuration.CodeSql}) or a public API ({@code organization.RegisterLocks}
 * takes the register's locks). {@code TableOwnershipTests} scans every module's SQL and fails on anything else.
 * <p>
 * Published lists stay short on purpose: each entry is a table whose columns other modules' SQL depends on.
 */
record ModuleTables(String module, Set<String> owned, Set<String> published, boolean seedsEveryModule) {

    static final List<ModuleTables> ALL = List.of(
            module("shared"),
            module("configuration").owns("code_lists", "code_items", "settings", "code_migrations"),
            module("organization").owns("orgs", "org_tree", "people", "member_transfers", "committee_posts",
                            "village_cadres", "reserve_cadres", "member_imports", "member_import_rows",
                            "person_flags", "person_honours", "member_mobility",
                            "org_register_figures")
                    // training's reports and rollups count people under orgs, per org, in SQL (too many and too
                    // large to go through an API); org names and subtrees are read across modules.
                    .publishes("orgs", "org_tree", "people"),
            module("access").owns("accounts", "spring_session", "spring_session_attributes", "password_history",
                    "sign_in_failures", "api_tokens"),
            module("audit").owns("audit_entries", "audit_chain"),
            module("review").owns("review_processes", "review_items", "review_transitions", "review_objections")
                    // assessment lists campaign entries and nominations with the stage of their review item.
                    .publishes("review_items"),
            module("assessment").owns("assessment_schemes", "assessment_indicators", "assessment_bands",
                    "assessment_campaigns", "campaign_entries", "campaign_scores", "campaign_dimension_scores",
                    "campaign_evidence", "commendation_calls", "commendation_quotas", "commendation_nominations",
                    "commendation_evidence", "township_targets", "township_target_orgs"),
            module("training").owns("training_sessions", "training_attendance", "training_hour_rules",
                    "org_meetings", "meeting_frequencies", "training_plan_items", "distance_sites",
                    "distance_playbacks", "distance_rules", "training_readings", "training_reading_documents",
                    "reading_studies", "training_courses", "course_quotas", "course_participants",
                    "training_person_hours", "org_meeting_months"),
            module("documents").owns("basis_documents", "basis_document_texts", "basis_citations"),
            module("incentive").owns("talk_rules", "talks", "hardship_cases", "support_entries", "pay_standards",
                    "pay_standard_posts", "pay_standard_caps", "pay_standard_grades", "pay_topups",
                    "pay_topup_posts", "pay_accounts", "pay_runs", "pay_lines", "pay_entries", "cadre_grades",
                    "reward_rules", "reward_processes", "rewards"),
            module("target").owns("central_tasks", "central_task_targets", "ledger_diary_entries",
                    "ledger_diary_quantities", "ledger_diary_files", "demonstration_villages", "supervision_items",
                    "supervision_co_units", "supervision_events", "supervision_reports", "summary_periods",
                    "period_summaries", "target_letters", "target_letter_items", "target_letter_copies",
                    "target_letter_copy_targets", "target_letter_amendments", "target_letter_month_checks"),
            module("web"),
            // The demo county loader and the scale generator write every module's tables with batched SQL, as a
            // migration would, before any user exists (see demo/package-info.java).
            new ModuleTables("demo", Set.of(), Set.of(), true));

    private static ModuleTables module(String name) {
        return new ModuleTables(name, Set.of(), Set.of(), false);
    }

    private ModuleTables owns(String... tables) {
        return new ModuleTables(module, Set.of(tables), published, seedsEveryModule);
    }

    private ModuleTables publishes(String... tables) {
        return new ModuleTables(module, owned, Set.of(tables), seedsEveryModule);
    }
}
