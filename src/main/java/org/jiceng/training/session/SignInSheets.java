package org.jiceng.training.session;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jiceng.shared.Audited;
import org.jiceng.shared.RuleViolationException;
import org.jiceng.shared.RuleViolationException.FieldError;
import org.jiceng.shared.Text;
import org.jiceng.shared.excel.ExcelColumn;
import org.jiceng.shared.excel.ExcelReader;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A session's paper sign-in sheet typed into Excel (签到表): each row names a person of the register under the
 * session's org — by identity number, or by name where the name is unique there — whether they attended, and why not.
 * Every row is checked first; a sheet with any bad row is refused with the rows' messages and nothing is written.
 */
@Service
@Transactional
public class SignInSheets {

    static final List<ExcelColumn> COLUMNS = List.of(ExcelColumn.of("姓名", 10), ExcelColumn.text("公民身份证号", 22),
            ExcelColumn.of("出勤", 8), ExcelColumn.of("缺席原因", 24));

    private final TrainingService training;
    private final TrainingQueries queries;
    private final TrainingRepository repository;
    private final ApplicationEventPublisher events;

    SignInSheets(TrainingService training, TrainingQueries queries, TrainingRepository repository,
                 ApplicationEventPublisher events) {
        this.training = training;
        this.queries = queries;
        this.repository = repository;
        this.events = events;
    }

    private record Line(int row, long personId, boolean attended, String reason) {
    }

    /** Reads, checks and — only when every row is good — records the sheet; answers how many people it listed. */
    public int record(long sessionId, Path file, String fileName) {
        TrainingSession session = training.session(sessionId);
        List<String[]> raw = new ArrayList<>();
        List<Integer> rowNumbers = new ArrayList<>();
        new ExcelReader(COLUMNS.stream().map(ExcelColumn::header).toList()).read(file, (row, cells) -> {
            rowNumbers.add(row);
            raw.add(cells.toArray(String[]::new));
        });
        if (raw.isEmpty()) {
            throw new RuleViolationException("签到表中没有人员");
        }
        var candidates = queries.candidatesByNameOrId(session.orgId(), raw);
        Set<Long> listed = new HashSet<>(queries.attendees(sessionId).stream().map(Attendee::personId).toList());
        List<FieldError> errors = new ArrayList<>();
        List<Line> lines = new ArrayList<>();
        Map<Long, Integer> seen = new HashMap<>();
        for (int i = 0; i < raw.size(); i++) {
            int row = rowNumbers.get(i);
            String[] cells = raw.get(i);
            String name = Text.clean(cells[0]);
            String id = Text.clean(cells[1]) == null ? null : Text.clean(cells[1]).toUpperCase();
            String attendance = Text.clean(cells[2]);
            String reason = Text.clean(cells[3]);
            String where = "第" + row + "行";
            Long person = null;
            if (id != null) {
                TrainingQueries.Candidate match = candidates.byId().get(id);
                if (match == null) {
                    errors.add(new FieldError(where, where + "：身份证号 " + id + " 不在" + session.orgName() + "及下级组织的名册中"));
                } else if (name != null && !name.equals(match.name())) {
                    errors.add(new FieldError(where, where + "：姓名“" + name + "”与名册中该身份证号的姓名“" + match.name() + "”不符"));
                } else {
                    person = match.id();
                }
            } else if (name == null) {
                errors.add(new FieldError(where, where + "：请填写姓名或身份证号"));
            } else {
                List<Long> named = candidates.byName().getOrDefault(name, List.of());
                if (named.isEmpty()) {
                    errors.add(new FieldError(where, where + "：“" + name + "”不在" + session.orgName() + "及下级组织的名册中"));
                } else if (named.size() > 1) {
                    errors.add(new FieldError(where, where + "：名册中有" + named.size() + "人叫“" + name + "”，请填写身份证号"));
                } else {
                    person = named.get(0);
                }
            }
            Boolean attended = attendance == null || attendance.equals("参加") || attendance.equals("是") ? Boolean.TRUE
                    : attendance.equals("缺席") || attendance.equals("否") ? Boolean.FALSE : null;
            if (attended == null) {
                errors.add(new FieldError(where, where + "：出勤应填“参加”或“缺席”，不是“" + attendance + "”"));
            } else if (!attended && reason == null) {
                errors.add(new FieldError(where, where + "：缺席须填写原因"));
            }
            if (person != null) {
                Integer first = seen.putIfAbsent(person, row);
                if (first != null) {
                    errors.add(new FieldError(where, where + "：与第" + first + "行是同一人"));
                } else if (listed.contains(person)) {
                    errors.add(new FieldError(where, where + "：已在本次培训名单中"));
                } else if (attended != null) {
                    lines.add(new Line(row, person, attended, reason));
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new RuleViolationException("签到表有" + errors.size() + "处问题，未登记任何人员，请改正后重新上传", errors);
        }
        Map<String, List<Long>> groups = new LinkedHashMap<>();
        for (Line line : lines) {
            groups.computeIfAbsent(line.attended() ? "" : line.reason(), k -> new ArrayList<>()).add(line.personId());
        }
        groups.forEach((reason, ids) -> repository.insertAttendance(sessionId, ids, reason.isEmpty(), reason,
                session.hours()));
        repository.touch(sessionId);
        long present = lines.stream().filter(Line::attended).count();
        events.publishEvent(new Audited("ATTENDANCE_IMPORT", TrainingService.SESSION, sessionId, session.label(),
                session.orgId(), null, Map.of("签到表", fileName == null ? "" : fileName, "参加", present,
                        "缺席", lines.size() - present)));
        return lines.size();
    }

}
