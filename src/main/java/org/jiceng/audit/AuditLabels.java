package org.jiceng.audit;

import java.util.Map;

/** Chinese names of the actions, object types and common fields found in the audit log, for the auditor's pages. */
final class AuditLabels {

    static final Map<String, String> ACTIONS = Map.ofEntries(Map.entry("CREATE", "新增"), Map.entry("UPDATE", "修改"),
            Map.entry("DEACTIVATE", "停用"), Map.entry("ACTIVATE", "启用"), Map.entry("END", "终止"),
            Map.entry("TRANSFER", "转接"), Map.entry("MOVE", "移动"), Map.entry("LOGIN", "登录"),
            Map.entry("LOGIN_FAILED", "登录失败"), Map.entry("LOGIN_LOCKED", "登录失败并锁定"),
            Map.entry("LOGIN_REFUSED", "拒绝登录"), Map.entry("LOGIN_THROTTLED", "来源地址登录失败过多，暂停登录"),
            Map.entry("PASSWORD_CHANGED", "修改密码"),
            Map.entry("RESET_PASSWORD", "重置密码"), Map.entry("ENABLE", "启用账户"), Map.entry("DISABLE", "停用账户"),
            Map.entry("UNLOCK", "解除锁定"), Map.entry("INSTALLED", "系统初始化"), Map.entry("DEMO_LOADED", "载入演示数据"),
            Map.entry("IMPORT", "批量导入"), Map.entry("DELETE", "删除"), Map.entry("DISCARD", "放弃"),
            Map.entry("PUBLISH", "发布"), Map.entry("RETIRE", "停用旧版"), Map.entry("COPY", "复制"),
            Map.entry("NEW_EDITION", "新版本"), Map.entry("ATTENDANCE_ADD", "登记参训"),
            Map.entry("ATTENDANCE_IMPORT", "导入签到表"), Map.entry("ATTENDANCE_REMOVE", "移出参训名单"),
            Map.entry("PLAYBACK_ADD", "登记播放"), Map.entry("SUBMIT", "提交"), Map.entry("REVIEW", "乡镇审核通过"),
            Map.entry("RETURN", "退回"), Map.entry("APPROVE", "审核通过/审定"), Map.entry("PUBLICIZE", "公示"),
            Map.entry("UPHOLD", "异议成立"), Map.entry("DISMISS", "异议不予采纳"), Map.entry("FINALIZE", "确定结果"),
            Map.entry("REVIEW_SCORE", "审核评分"), Map.entry("EXCEPTION", "破格"), Map.entry("RECOMPUTE", "重新计算"),
            Map.entry("CHECK", "登记回访"), Map.entry("WITHDRAW", "撤销"), Map.entry("CLOSE", "结案"),
            Map.entry("COURSE_SELECT", "选调参训"), Map.entry("COURSE_DESELECT", "取消选调"),
            Map.entry("COURSE_COMPLETE", "登记结业"), Map.entry("STUDY_ADD", "登记学习"), Map.entry("STUDY_REMOVE", "撤回学习"),
            Map.entry("DOCUMENT_ATTACH", "上传文本"), Map.entry("CITE", "引用"), Map.entry("UNCITE", "取消引用"),
            Map.entry("REVERSE", "冲销"), Map.entry("REVOKE", "撤销令牌"));

    static final Map<String, String> TYPES = Map.ofEntries(Map.entry("ORG", "党组织"), Map.entry("PERSON", "人员"),
            Map.entry("ACCOUNT", "账户"), Map.entry("API_TOKEN", "API 访问令牌"), Map.entry("SETTING", "系统设置"), Map.entry("CODE_ITEM", "代码"),
            Map.entry("COMMITTEE_POST", "支部委员会职务"), Map.entry("VILLAGE_CADRE", "村干部"),
            Map.entry("RESERVE_CADRE", "后备干部"), Map.entry("MEMBER_IMPORT", "批量导入"),
            Map.entry("ASSESSMENT_SCHEME", "考核方案"), Map.entry("ASSESSMENT_CAMPAIGN", "考核评定"),
            Map.entry("CAMPAIGN_ENTRY", "评定对象"), Map.entry("CAMPAIGN_EVIDENCE", "佐证材料"),
            Map.entry("REVIEW_ITEM", "审核事项"), Map.entry("REVIEW_OBJECTION", "异议"), Map.entry("REVIEW_PROCESS", "审核流程"),
            Map.entry("TOWNSHIP_TARGET", "争创目标"), Map.entry("TRAINING_SESSION", "培训"), Map.entry("TRAINING_PLAN", "培训计划"),
            Map.entry("TRAINING_HOUR_RULE", "学时要求"), Map.entry("ORG_MEETING", "三会一课"),
            Map.entry("MEETING_FREQUENCIES", "会议频次"), Map.entry("DISTANCE_SITE", "远程教育站点"),
            Map.entry("TALK", "谈话记录"), Map.entry("TALK_RULE", "诫勉影响期"), Map.entry("HARDSHIP_CASE", "帮扶对象"),
            Map.entry("SUPPORT_ENTRY", "帮扶记录"),
            Map.entry("TRAINING_READING", "规定篇目"), Map.entry("COMMENDATION_CALL", "评选表彰"),
            Map.entry("COMMENDATION_NOMINATION", "推荐对象"), Map.entry("COMMENDATION_EVIDENCE", "推荐材料"),
            Map.entry("PERSON_FLAG", "人员标记"), Map.entry("PERSON_HONOUR", "荣誉"), Map.entry("BASIS_DOCUMENT", "文件制度"),
            Map.entry("REWARD", "奖惩"), Map.entry("REWARD_RULE", "奖惩规则"));

    static final Map<String, String> FIELDS = Map.ofEntries(Map.entry("name", "姓名/名称"),
            Map.entry("displayName", "姓名/名称"), Map.entry("username", "用户名"), Map.entry("role", "角色"),
            Map.entry("orgId", "所属组织编号"), Map.entry("personId", "人员编号"), Map.entry("enabled", "已启用"),
            Map.entry("failedAttempts", "连续登录失败次数"), Map.entry("lockedUntil", "锁定至"),
            Map.entry("version", "版本"), Map.entry("idNumber", "身份证号"), Map.entry("phone", "联系电话"),
            Map.entry("gender", "性别"), Map.entry("ethnicity", "民族"), Map.entry("education", "学历"),
            Map.entry("birthDate", "出生日期"), Map.entry("joinedOn", "入党日期"), Map.entry("confirmedOn", "转正日期"),
            Map.entry("address", "住址"), Map.entry("label", "名称"), Map.entry("code", "代码"),
            Map.entry("sortOrder", "排序"), Map.entry("active", "启用"), Map.entry("key", "设置项"),
            Map.entry("value", "值"), Map.entry("shortName", "简称"), Map.entry("parentId", "上级组织编号"));

    private AuditLabels() {
    }

    static String action(String action) {
        return ACTIONS.getOrDefault(action, action);
    }

    static String type(String type) {
        return TYPES.getOrDefault(type, type);
    }

    static String field(String field) {
        return FIELDS.getOrDefault(field, field);
    }
}
