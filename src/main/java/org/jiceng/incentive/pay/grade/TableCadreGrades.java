package org.jiceng.incentive.pay.grade;

import java.util.List;
import java.util.Optional;

import org.jiceng.assessment.campaign.CadreResults;
import org.jiceng.incentive.CadreGrades;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@link CadreGrades}: the final grade of the year's cadre assessment campaign (村干部考核, read through
 * {@link CadreResults}) where the county or township ran one, otherwise the grade the township officer recorded in
 * {@code cadre_grades} (a township that assessed on paper). Results are never retyped.
 */
@Component
@Transactional(readOnly = true)
class TableCadreGrades implements CadreGrades {

    private final CadreGradeRepository repository;
    private final CadreResults results;

    TableCadreGrades(CadreGradeRepository repository, CadreResults results) {
        this.repository = repository;
        this.results = results;
    }

    @Override
    public Optional<String> gradeOf(long personId, int year) {
        String assessed = results.finalGrades(year, List.of(personId)).get(personId);
        return assessed != null ? Optional.of(assessed) : repository.find(personId, year).map(CadreGrade::grade);
    }
}
