package org.jiceng.configuration;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jiceng.shared.Role;

/**
 * What a system setting means and which values it accepts: whole numbers within a range (lockout count 3–10 and
 * minutes 5–1440 per 等保 2.0 登录失败处理, password length 8–32, import rows 1–100000, 奖惩 公示 1–30 days), or a list of register roles
 * (who sees identity and phone numbers in full). A setting added later without a definition is free text.
 */
public record SettingDefinition(String key, String label, String help, Kind kind, int min, int max) {

    public enum Kind { NUMBER, ROLES, TEXT }

    static final Map<String, SettingDefinition> KNOWN = Map.ofEntries(
            known(number(Settings.LOCKOUT_MAX_FAILURES, "登录失败锁定次数", "连续登录失败达到此次数后锁定账户；"
                    + "同一来源地址对同一账户的失败达到此次数减一后，该地址对该账户的登录在时段内被拒绝", 3, 10)),
            known(number(Settings.LOCKOUT_MINUTES, "锁定时长（分钟）", "账户被锁定的时长", 5, 1440)),
            known(number(Settings.SOURCE_MAX_FAILURES, "同一来源登录失败上限",
                    "同一来源地址在时段内（不论账户）登录失败达到此次数后，该地址的登录在时段内被拒绝", 5, 1000)),
            known(number(Settings.SOURCE_WINDOW_MINUTES, "来源限制时段（分钟）", "按来源地址计数登录失败的时段", 1, 1440)),
            known(number(Settings.OBJECTION_MAX_PER_SOURCE_HOUR, "同一来源每小时异议上限",
                    "公示页面匿名提出异议：同一来源地址一小时内最多提交的件数", 1, 1000)),
            known(number(Settings.OBJECTION_MAX_PER_NOTICE_DAY, "每项公示每日异议上限",
                    "一项公示一天内最多接收的异议件数（超出后请异议人直接联系组织部）", 1, 10000)),
            known(number(Settings.PASSWORD_MIN_LENGTH, "密码最短长度",
                    "新密码至少的位数（另须包含大写、小写、数字、符号中的三类）", 8, 32)),
            known(new SettingDefinition(Settings.FULL_ID_NUMBER_ROLES, "可见完整身份证号的角色",
                    "其他角色在列表和导出中看到脱敏后的身份证号", Kind.ROLES, 0, 0)),
            known(new SettingDefinition(Settings.FULL_PHONE_ROLES, "可见完整手机号的角色",
                    "其他角色在列表和导出中看到脱敏后的手机号", Kind.ROLES, 0, 0)),
            known(number(Settings.IMPORT_MAX_ROWS, "批量导入最多行数", "一次导入的 Excel 最多行数", 1, 100000)),
            known(number(Settings.REWARD_PUBLICITY_DAYS, "奖惩公示天数",
                    "乡镇年度奖惩经县级审定后公示的天数，期满无异议方可确定", 1, 30)));

    private static Map.Entry<String, SettingDefinition> known(SettingDefinition definition) {
        return Map.entry(definition.key(), definition);
    }

    public static SettingDefinition of(String key) {
        return KNOWN.getOrDefault(key, new SettingDefinition(key, key, "", Kind.TEXT, 0, 400));
    }

    private static SettingDefinition number(String key, String label, String help, int min, int max) {
        return new SettingDefinition(key, label, help, Kind.NUMBER, min, max);
    }

    /** The roles a role-list setting may name: those that read the register. */
    public static List<Role> selectableRoles() {
        return Arrays.stream(Role.values()).filter(r -> r.keepsRegister() || r == Role.MEMBER).toList();
    }

    /** The value as stored (trimmed, roles de-duplicated), or the problem with it in plain Chinese. */
    public Result check(String raw) {
        String value = raw == null ? "" : raw.trim();
        return switch (kind) {
            case NUMBER -> number(value);
            case ROLES -> roles(value);
            case TEXT -> value.isEmpty() || value.length() > max ? Result.problem("请填写不超过" + max + "字的值")
                    : Result.ok(value);
        };
    }

    private Result number(String value) {
        try {
            int n = Integer.parseInt(value);
            return n < min || n > max ? Result.problem("须为 " + min + " 到 " + max + " 之间的整数") : Result.ok(String.valueOf(n));
        } catch (NumberFormatException e) {
            return Result.problem("须为 " + min + " 到 " + max + " 之间的整数");
        }
    }

    private Result roles(String value) {
        Set<String> names = new LinkedHashSet<>();
        for (String part : value.split(",")) {
            String name = part.trim();
            if (name.isEmpty()) {
                continue;
            }
            Optional<Role> role = selectableRoles().stream().filter(r -> r.name().equals(name)).findFirst();
            if (role.isEmpty()) {
                return Result.problem("未知或不可选的角色：" + name);
            }
            names.add(name);
        }
        return Result.ok(String.join(",", names));
    }

    /** A checked value: either the value to store or the problem. */
    public record Result(String value, String problem) {

        static Result ok(String value) {
            return new Result(value, null);
        }

        static Result problem(String problem) {
            return new Result(null, problem);
        }

        public boolean isOk() {
            return problem == null;
        }
    }
}
