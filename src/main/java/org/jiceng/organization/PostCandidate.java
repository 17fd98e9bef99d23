package org.jiceng.organization;

/**
 * A person offered in the picker of a post form: name, political status, birth year (to tell namesakes apart) and
 * the committee post they hold now, if any.
 */
public record PostCandidate(long id, String name, String politicalStatus, int birthYear, String currentPost) {

    public String display() {
        return name + "（" + politicalStatus + "，" + birthYear + "年生" + (currentPost == null ? "" : "，现任" + currentPost) + "）";
    }
}
