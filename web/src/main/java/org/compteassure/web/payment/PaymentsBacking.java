package org.compteassure.web.payment;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.compteassure.persistence.payment.PaymentKind;
import org.compteassure.persistence.payment.PaymentStatus;
import org.compteassure.service.payment.AllowanceRow;
import org.compteassure.service.payment.PaymentFilter;
import org.compteassure.service.payment.PaymentPage;
import org.compteassure.service.payment.PaymentRow;
import org.compteassure.service.payment.PaymentService;
import org.compteassure.web.platform.Formats;
import org.compteassure.web.platform.Messages;
import org.compteassure.web.platform.Option;

/**
 * /espace/paiements: the filters are a GET form, so that every page is bookmarkable and needs no view state; the view
 * is stateless (transient), which keeps the most visited page of the site free of session writes. Values in the
 * address are French words ("soins", "en-cours"); anything else is ignored and the person is told so.
 */
@Named
@RequestScoped
public class PaymentsBacking {

    /** Address values of the kind and status filters, in the order the selects offer them. */
    static final Map<String, PaymentKind> KINDS = Map.of("soins", PaymentKind.REIMBURSEMENT, "ij", PaymentKind.DAILY_ALLOWANCE);
    static final Map<String, PaymentStatus> STATUSES = Map.of("en-cours", PaymentStatus.PENDING,
            "paye", PaymentStatus.PAID, "rejete", PaymentStatus.REJECTED);
    private static final String SELF = "moi";
    private static final String ALLOWANCES_TAB = "ij";

    @EJB
    private PaymentService payments;

    @Inject
    private HttpServletRequest request;

    @Inject
    private Formats formats;

    private final Map<String, String> query = new LinkedHashMap<>();
    private boolean ignored;
    private PaymentFilter filter;
    private int pageNumber = 1;
    private PaymentPage page;
    private List<AllowanceRow> allowances;
    private MonthChart chart;
    private List<Line> lines;

    /**
     * A row of the list with its texts formatted once (the page's cost is mostly EL evaluation, so each cell reads one
     * property instead of calling formatters and the backing bean).
     *
     * @param period "du … au …" for a daily allowance, null otherwise
     */
    public record Line(String href, String careDate, String actLabel, String period, String who, String amount,
                       PaymentStatus status) {
    }

    /** Reads the address (a view action; the view is transient: the page's "stateless" parameter). */
    public void load() {
        YearMonth from = month("du");
        YearMonth to = month("au");
        Long beneficiary = beneficiary();
        PaymentKind kind = value("type", KINDS);
        PaymentStatus status = value("statut", STATUSES);
        filter = new PaymentFilter(from, to, beneficiary, kind, status);
        String pageParameter = request.getParameter("page");
        if (pageParameter != null && !pageParameter.isEmpty()) {
            try {
                pageNumber = Integer.parseInt(pageParameter);
            } catch (NumberFormatException e) {
                ignored = true;
            }
        }
        if (isAllowancesTab()) {
            allowances = payments.allowances();
        } else {
            page = payments.page(filter, pageNumber);
            chart = new MonthChart(page.months(), Formats.locale());
        }
    }

    private YearMonth month(String name) {
        String value = request.getParameter(name);
        if (value == null || value.isEmpty()) {
            return null;
        }
        try {
            YearMonth month = YearMonth.parse(value);
            query.put(name, value);
            return month;
        } catch (DateTimeParseException e) {
            ignored = true;
            return null;
        }
    }

    private Long beneficiary() {
        String value = request.getParameter("qui");
        if (value == null || value.isEmpty()) {
            return null;
        }
        if (value.equals(SELF)) {
            query.put("qui", value);
            return PaymentFilter.SELF;
        }
        try {
            long id = Long.parseLong(value);
            if (id > 0) {
                query.put("qui", value);
                return id;
            }
        } catch (NumberFormatException e) {
            // ignored below
        }
        ignored = true;
        return null;
    }

    private <T> T value(String name, Map<String, T> allowed) {
        String value = request.getParameter(name);
        if (value == null || value.isEmpty()) {
            return null;
        }
        T known = allowed.get(value);
        if (known == null) {
            ignored = true;
        } else {
            query.put(name, value);
        }
        return known;
    }

    public boolean isAllowancesTab() {
        return ALLOWANCES_TAB.equals(request.getParameter("onglet"));
    }

    /** Whether part of the address was not understood (and so not applied). */
    public boolean isIgnored() {
        return ignored;
    }

    public PaymentPage getPage() {
        return page;
    }

    public List<AllowanceRow> getAllowances() {
        return allowances;
    }

    public MonthChart getChart() {
        return chart;
    }

    /** The start months the period select offers, newest first, the period's own start selected. */
    public List<Option> getFromMonths() {
        return monthOptions(page.from());
    }

    /** The end months the period select offers, newest first, the period's own end selected. */
    public List<Option> getToMonths() {
        return monthOptions(page.to());
    }

    private List<Option> monthOptions(YearMonth chosen) {
        YearMonth first = page.first();
        List<Option> months = new ArrayList<>(PaymentService.MONTHS);
        for (YearMonth month = first.plusMonths(PaymentService.MONTHS - 1); !month.isBefore(first);
             month = month.minusMonths(1)) {
            months.add(new Option(month.toString(), formats.month(month), month.equals(chosen)));
        }
        return months;
    }

    /** The children the "who" select offers. */
    public List<Option> getChildren() {
        String who = getWho();
        return page.people().children().stream().map(child -> {
            String id = String.valueOf(child.id());
            return new Option(id, child.givenNames(), id.equals(who));
        }).toList();
    }

    /** The page's rows, formatted for display. */
    public List<Line> getLines() {
        if (lines == null) {
            String detail = request.getContextPath() + "/espace/paiement?id=";
            lines = page.rows().stream().map(row -> new Line(detail + row.id(), formats.day(row.careDate()),
                    row.actLabel(), period(row), who(row), formats.amount(row.amountPaid()), row.status())).toList();
        }
        return lines;
    }

    /** "du 01/10/2026 au 14/10/2026" for a daily allowance, null for care. */
    private String period(PaymentRow row) {
        if (row.periodFrom() == null) {
            return null;
        }
        return Messages.text("paiements.periodFrom") + " " + formats.day(row.periodFrom()) + " "
                + Messages.text("paiements.periodTo") + " " + formats.day(row.periodTo());
    }

    public String getWho() {
        return query.getOrDefault("qui", "");
    }

    public String getKind() {
        return query.getOrDefault("type", "");
    }

    public String getStatus() {
        return query.getOrDefault("statut", "");
    }

    public boolean isFiltered() {
        return !query.isEmpty();
    }

    /** Who received the care of a row: the beneficiary's given names, or the insured person's own. */
    private String who(PaymentRow row) {
        return row.beneficiaryName() != null ? row.beneficiaryName() : page.people().self();
    }

    /** The address of another page of the same filtered list. */
    public String pageUrl(int number) {
        Map<String, String> parameters = new LinkedHashMap<>(query);
        parameters.put("page", String.valueOf(number));
        return request.getContextPath() + "/espace/paiements?" + parameters.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
