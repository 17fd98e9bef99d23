package org.jiceng.incentive.pay.grade;

import java.util.Optional;

import org.jiceng.incentive.CadreGrades;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** {@link CadreGrades} backed by the {@code cadre_grades} table the township officer fills. */
@Component
@Transactional(readOnly = true)
class TableCadreGrades implements CadreGrades {

    private final CadreGradeRepository repository;

    TableCadreGrades(CadreGradeRepository repository) {
        this.repository = repository;
    }

    @Override
    public Optional<String> gradeOf(long personId, int year) {
        return repository.find(personId, year).map(CadreGrade::grade);
    }
}
