package org.jiceng.incentive.pay.run;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.jiceng.incentive.pay.PayOrgs;
import org.jiceng.organization.CountyFigureCache;
import org.jiceng.organization.OrgSummary;
import org.jiceng.organization.OrgType;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The 按时足额率 of townships per month and year, and of villages per year, from every line of their runs (one query
 * per year for any number of townships). The dashboard and the metric read the same figures.
 */
@Component
@Transactional(readOnly = true)
public class PayRates {

    private final PayRunRepository repository;
    private final PayOrgs orgs;
    private final CountyFigureCache cache;
    private final Clock clock;

    PayRates(PayRunRepository repository, PayOrgs orgs, CountyFigureCache cache, Clock clock) {
        this.repository = repository;
        this.orgs = orgs;
        this.cache = cache;
        this.clock = clock;
    }

    /** A township's figures: per month (1–12; 0 is the year's performance pay), per village, and the year's. */
    public record TownshipRates(OrgSummary township, Map<Integer, OnTimeRate> months, Map<Long, OnTimeRate> villages,
                                OnTimeRate year) {
    }

    /** The figures of each township (in the tree's order) for the year. */
    public List<TownshipRates> of(List<OrgSummary> townships, int year) {
        List<PayRunRepository.RunLine> lines = lines(townships.stream().map(OrgSummary::id).toList(), year);
        List<TownshipRates> rates = new ArrayList<>();
        for (OrgSummary t : townships) {
            List<PayRunRepository.RunLine> own = lines.stream().filter(l -> l.townshipId() == t.id()).toList();
            Map<Integer, OnTimeRate> months = new LinkedHashMap<>();
            own.stream().collect(Collectors.groupingBy(PayRunRepository.RunLine::month, java.util.TreeMap::new,
                            Collectors.mapping(PayRunRepository.RunLine::line, Collectors.toList())))
                    .forEach((month, ls) -> months.put(month, OnTimeRate.of(ls)));
            Map<Long, OnTimeRate> villages = new LinkedHashMap<>();
            own.stream().collect(Collectors.groupingBy(l -> l.line().villageId(), LinkedHashMap::new,
                            Collectors.mapping(PayRunRepository.RunLine::line, Collectors.toList())))
                    .forEach((village, ls) -> villages.put(village, OnTimeRate.of(ls)));
            rates.add(new TownshipRates(t, months, villages,
                    OnTimeRate.of(own.stream().map(PayRunRepository.RunLine::line).toList())));
        }
        return rates;
    }

    /**
     * The year's rate under an org the user reads, empty when no run has a line: a county's or a township's is kept
     * until a write in its county ({@link CountyFigureCache}); a province's or a city's adds up its counties'.
     */
    public Optional<OnTimeRate> yearUnder(long orgId, int year) {
        OrgSummary org = orgs.inScope(orgId);
        if (org.type() == OrgType.PROVINCE || org.type() == OrgType.CITY) {
            List<OnTimeRate> counties = cache.countiesUnder(org.id(), null).stream()
                    .map(county -> yearOf(county, year)).flatMap(Optional::stream).toList();
            return counties.isEmpty() ? Optional.empty() : Optional.of(OnTimeRate.sum(counties));
        }
        return yearOf(org, year);
    }

    private Optional<OnTimeRate> yearOf(OrgSummary org, int year) {
        return cache.get("pay.year", org, year, () -> {
            List<TownshipRates> rates = of(orgs.townships(org.id()), year);
            return rates.isEmpty() ? Optional.<OnTimeRate>empty()
                    : Optional.of(OnTimeRate.sum(rates.stream().map(TownshipRates::year).toList()));
        });
    }

    /** Every run line of the townships in the year, with its status today (no scope check). */
    List<PayRunRepository.RunLine> lines(Collection<Long> townshipIds, int year) {
        if (townshipIds.isEmpty()) {
            return List.of();
        }
        return repository.linesOfYear(townshipIds, year, LocalDate.now(clock));
    }

    /** The townships the signed-in user reads figures of under the org. */
    public List<OrgSummary> townshipsUnder(long orgId) {
        return orgs.townships(orgs.inScope(orgId).id());
    }
}
