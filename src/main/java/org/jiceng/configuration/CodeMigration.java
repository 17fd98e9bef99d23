package org.jiceng.configuration;

/**
 * What the move to the national code lists (migration V54) did with one old code that records held: kept it
 * ({@code SAME}), moved it to another code ({@code MAPPED}), or could not map it ({@code UNMAPPED}: the records keep
 * the old value until a keeper chooses a national code).
 */
public record CodeMigration(String listCode, String oldCode, String oldLabel, String newCode, String newLabel,
                            String outcome, int records) {

    public boolean unmapped() {
        return "UNMAPPED".equals(outcome);
    }

    public String outcomeLabel() {
        return switch (outcome) {
            case "SAME" -> "代码不变";
            case "MAPPED" -> "已对应";
            default -> "未能对应，请核对";
        };
    }
}
