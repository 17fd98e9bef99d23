package org.jiceng.organization.form;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jiceng.configuration.CodeLists;
import org.jiceng.organization.OrgTree;
import org.jiceng.organization.OrgSummary;
import org.jiceng.organization.PeopleFilter;
import org.jiceng.organization.PeopleQueries;
import org.jiceng.organization.PeopleService;
import org.jiceng.organization.Person;
import org.jiceng.organization.RegisterRecord;
import org.jiceng.shared.NotFoundException;
import org.jiceng.shared.RuleViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The 采集表 of one member (read as the member's page is: the member's own, or within the user's subtree, in full)
 * and of every member under an org (as exports are: numbers masked as the privacy settings say).
 */
@Service
@Transactional(readOnly = true)
public class CollectionForms {

    /** More members than this make one PDF too large to print in one go: they are offered per branch in a zip. */
    static final int MAX_IN_ONE_PDF = 600;

    private final PeopleService people;
    private final PeopleQueries queries;
    private final OrgTree tree;
    private final CodeLists codes;

    CollectionForms(PeopleService people, PeopleQueries queries, OrgTree tree, CodeLists codes) {
        this.people = people;
        this.queries = queries;
        this.tree = tree;
        this.codes = codes;
    }

    public CollectionForm of(long personId) {
        Person person = people.get(personId);
        if (!person.politicalStatus().isMember()) {
            throw new NotFoundException("群众没有党员基本信息采集表");
        }
        OrgSummary branch = tree.find(person.orgId()).orElseThrow();
        String township = tree.find(branch.parentId() == null ? branch.id() : branch.parentId())
                .map(OrgSummary::name).orElse(null);
        return CollectionForm.of(new RegisterRecord(person, branch.name(), branch.shortName(), township),
                CollectionForm.Labels.of(codes));
    }

    /** Every member under the org, grouped by branch (full name), branches in tree order. */
    public Map<String, List<CollectionForm>> byBranch(long orgId) {
        CollectionForm.Labels labels = CollectionForm.Labels.of(codes);
        Map<String, List<CollectionForm>> forms = new LinkedHashMap<>();
        queries.forEachRecord(PeopleFilter.members(orgId, null), "org", false, true, r ->
                forms.computeIfAbsent(r.branchName(), b -> new ArrayList<>()).add(CollectionForm.of(r, labels)));
        return forms;
    }

    /** Every member under the org for one PDF; refused when there are too many to print at once. */
    public List<CollectionForm> all(long orgId) {
        List<CollectionForm> all = byBranch(orgId).values().stream().flatMap(List::stream).toList();
        if (all.size() > MAX_IN_ONE_PDF) {
            throw new RuleViolationException("共 " + all.size() + " 名党员，超过一次打印的上限 " + MAX_IN_ONE_PDF
                    + " 名：请按党支部下载（zip）");
        }
        if (all.isEmpty()) {
            throw new NotFoundException("该组织下没有党员");
        }
        return all;
    }

    String orgName(long orgId) {
        return tree.find(orgId).map(OrgSummary::shortName).orElse("");
    }
}
