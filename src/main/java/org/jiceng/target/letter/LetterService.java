package org.jiceng.target.letter;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jiceng.configuration.CodeLists;
import org.jiceng.organization.OrgSummary;
import org.jiceng.organization.OrgTree;
import org.jiceng.shared.Actor;
import org.jiceng.shared.Audited;
import org.jiceng.shared.DataScope;
import org.jiceng.shared.NotFoundException;
import org.jiceng.shared.ObjectOwner;
import org.jiceng.shared.Role;
import org.jiceng.shared.RuleViolationException;
import org.jiceng.shared.RuleViolationException.FieldError;
import org.jiceng.shared.ScopeKind;
import org.jiceng.shared.StaleEditException;
import org.jiceng.target.task.CentralTask;
import org.jiceng.target.task.TaskService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The township's side of 目标责任书: drafting a letter and its items, issuing it to every village below, setting a
 * village's quantities, recording the signing and amending a signed copy. Only the issuing org's officers change a
 * letter; each step is all or nothing, checks the version the officer saw, and is audited.
 */
@Service
@Transactional
public class LetterService {

    static final String LETTER = "TARGET_LETTER";
    static final String COPY = "TARGET_LETTER_COPY";

    private final LetterRepository letters;
    private final CopyRepository copies;
    private final MonthCheckRepository months;
    private final TaskService tasks;
    private final OrgTree tree;
    private final CodeLists codes;
    private final DataScope scope;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    LetterService(LetterRepository letters, CopyRepository copies, MonthCheckRepository months, TaskService tasks,
                  OrgTree tree, CodeLists codes, DataScope scope, ApplicationEventPublisher events, Clock clock) {
        this.letters = letters;
        this.copies = copies;
        this.months = months;
        this.tasks = tasks;
        this.tree = tree;
        this.codes = codes;
        this.scope = scope;
        this.events = events;
        this.clock = clock;
    }

    public TargetLetter create(LetterForm form) {
        Actor actor = scope.requireActor();
        OrgSummary org = tree.find(actor.orgId()).orElseThrow();
        if (tree.children(org.id()).stream().noneMatch(o -> o.type().isVillageLevel())) {
            throw new RuleViolationException("目标责任书由乡镇党委与所属各村签订，" + org.shortName() + "下没有村党组织");
        }
        if (letters.titleTaken(org.id(), form.year(), form.title())) {
            throw RuleViolationException.onField("title", org.shortName() + form.year() + "年已有“" + form.title().strip()
                    + "”");
        }
        long id = letters.insert(org.id(), form, actor.username());
        TargetLetter created = letters.find(id).orElseThrow();
        events.publishEvent(Audited.created(LETTER, id, created.label(), created.orgId(), created));
        return created;
    }

    public TargetLetter addItem(long letterId, ItemForm form) {
        TargetLetter letter = own(letterId);
        letter.requireDraft();
        List<FieldError> errors = new ArrayList<>(LetterRules.checkItem(form, letter.year()));
        if (!codes.isValid(LetterRepository.AREAS, form.area())) {
            errors.add(new FieldError("area", "请选择类别"));
        }
        if (form.unit() != null && !form.unit().isBlank() && !codes.isValid(LetterRepository.UNITS, form.unit())) {
            errors.add(new FieldError("unit", "请选择计量单位"));
        }
        if (form.taskId() != null) {
            CentralTask task = tasks.task(form.taskId());
            if (task.orgId() != letter.orgId() || task.share() || task.year() != letter.year()) {
                errors.add(new FieldError("taskId", "须是" + letter.orgName() + letter.year() + "年的中心工作"));
            }
        }
        RuleViolationException.throwIfAny("项目未保存", errors);
        letters.touch(letterId, version(form.version(), letter));
        long itemId = letters.insertItem(letterId, form);
        TargetLetter after = letters.find(letterId).orElseThrow();
        events.publishEvent(Audited.updated(LETTER, letterId, letter.label() + " 增加项目" + itemId, letter.orgId(),
                letter, after));
        return after;
    }

    public TargetLetter removeItem(long letterId, long itemId, long version) {
        TargetLetter letter = own(letterId);
        letter.requireDraft();
        letter.item(itemId);
        letters.touch(letterId, version);
        letters.deleteItem(itemId);
        TargetLetter after = letters.find(letterId).orElseThrow();
        events.publishEvent(Audited.updated(LETTER, letterId, letter.label() + " 删除项目" + itemId, letter.orgId(),
                letter, after));
        return after;
    }

    /** 下达: the letter goes to every village directly below the township, one copy each. */
    public TargetLetter issue(long letterId, IssueForm form) {
        TargetLetter letter = own(letterId);
        TargetLetter after = letter.issue(form.issuedOn(), LocalDate.now(clock));
        letters.save(after, form.version());
        List<Long> villages = tree.children(letter.orgId()).stream().filter(o -> o.type().isVillageLevel())
                .map(OrgSummary::id).toList();
        copies.insert(letterId, villages);
        TargetLetter issued = letters.find(letterId).orElseThrow();
        events.publishEvent(Audited.updated(LETTER, letterId, letter.label() + " 下达" + villages.size() + "个村",
                letter.orgId(), letter, issued));
        return issued;
    }

    /**
     * A village's target quantity for an item: set before signing; on a signed copy an amendment, with its reason
     * recorded.
     */
    public LetterCopy changeQuantity(long copyId, QuantityForm form) {
        LetterCopy copy = copy(copyId);
        TargetLetter letter = own(copy.letterId());
        LetterItem item = letter.item(form.itemId());
        LetterCopy after;
        if (copy.status() == CopyStatus.SIGNED) {
            LetterCopy.Change change = copy.amend(item, form.quantity(), form.reason(), LocalDate.now(clock));
            after = change.after();
            copies.save(after, form.version());
            copies.insertAmendment(change, scope.requireActor().username());
        } else {
            after = copy.withTarget(item, form.quantity());
            copies.save(after, form.version());
        }
        LetterCopy saved = copies.find(copyId).orElseThrow();
        events.publishEvent(Audited.updated(COPY, copyId, copy.label(letter) + " 第" + item.lineNo() + "项目标数量",
                copy.villageId(), copy, saved));
        return saved;
    }

    /** 签订: the day both parties signed the village's copy, and who signed. */
    public LetterCopy sign(long copyId, SignForm form) {
        LetterCopy copy = copy(copyId);
        TargetLetter letter = own(copy.letterId());
        LetterCopy after = copy.sign(letter, form, LocalDate.now(clock));
        copies.save(after, form.version());
        LetterCopy saved = copies.find(copyId).orElseThrow();
        events.publishEvent(Audited.updated(COPY, copyId, copy.label(letter) + " 签订", copy.villageId(), copy, saved));
        return saved;
    }

    /**
     * 月度考核: the township's score for a month of a signed letter ({@link MonthChecks}); a month already checked is
     * corrected. Refused when someone recorded a check of this copy since the sender's page ({@code stamp}).
     */
    public List<MonthCheck> checkMonth(long copyId, MonthCheckForm form) {
        LetterCopy copy = copy(copyId);
        TargetLetter letter = own(copy.letterId());
        MonthChecks.problem(letter, copy, form.month(), LocalDate.now(clock))
                .ifPresent(p -> { throw RuleViolationException.onField("month", p); });
        months.lockCopy(copyId);
        List<MonthCheck> before = months.of(copyId);
        if (MonthChecks.stamp(before) != form.stamp()) {
            throw new StaleEditException("该村月度考核");
        }
        String note = form.note() == null || form.note().isBlank() ? null : form.note().strip();
        months.save(copyId, form.month(), form.score(), note, scope.requireActor().username());
        List<MonthCheck> after = months.of(copyId);
        events.publishEvent(Audited.updated(COPY, copyId, copy.label(letter) + " " + form.month() + "月考核",
                copy.villageId(), monthOf(before, form.month()), monthOf(after, form.month())));
        return after;
    }

    private static java.util.Map<String, Object> monthOf(List<MonthCheck> checks, int month) {
        return checks.stream().filter(c -> c.month() == month).findFirst()
                .<java.util.Map<String, Object>>map(c -> java.util.Map.of("month", month, "score", c.score(),
                        "note", c.note() == null ? "" : c.note()))
                .orElse(java.util.Map.of("month", month));
    }

    /** A letter the user may see (404 otherwise), which only its own township's officers may change. */
    private TargetLetter own(long letterId) {
        TargetLetter letter = letters.find(letterId).filter(l -> covers(l.orgId()))
                .orElseThrow(() -> NotFoundException.of("目标责任书", letterId));
        Actor actor = scope.requireActor();
        if (actor.orgId() != letter.orgId()
                || (actor.role() != Role.TOWNSHIP_OFFICER && actor.role() != Role.COUNTY_OFFICER)) {
            throw new RuleViolationException("目标责任书由" + letter.orgName() + "拟定、下达和登记签订");
        }
        return letter;
    }

    private LetterCopy copy(long copyId) {
        return copies.find(copyId).filter(c -> covers(c.villageId()))
                .orElseThrow(() -> NotFoundException.of("村目标责任书", copyId));
    }

    private static long version(Long seen, TargetLetter letter) {
        return seen == null ? letter.version() : seen;
    }

    private boolean covers(long orgId) {
        return scope.covers(new ObjectOwner(ScopeKind.REGISTER, orgId, null));
    }
}
