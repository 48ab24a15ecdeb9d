package org.compteassure.web.platform;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What {@code /accessibilite} states, read from what the tests measured rather than written by hand:
 * {@code accessibility-audit.json}, which {@code AccessibilityCrawlIT} writes from its crawl of every page of every role
 * at each width and checks against this copy (docs/accessibility.md). The conformity level follows from it: no failure
 * measured is « partiellement conforme » (automatic checks and keyboard journeys cover part of the RGAA's criteria, no
 * human audit yet), any failure « non conforme ».
 */
@Named
@ApplicationScoped
public class AccessibilityStatement {

    /** A rule axe-core found violated, with where (« role width page »). */
    public record Failure(String rule, String help, List<String> where) {

        /** The first few places, enough to find the fault. */
        public String examples() {
            return String.join(", ", where.subList(0, Math.min(5, where.size())));
        }
    }

    private JsonObject audit;

    @PostConstruct
    void read() {
        try (InputStream in = AccessibilityStatement.class.getResourceAsStream("/accessibility-audit.json");
             JsonReader reader = Json.createReader(in)) {
            audit = reader.readObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public LocalDate getDate() {
        return LocalDate.parse(audit.getString("date"));
    }

    public String getStandard() {
        return audit.getString("standard");
    }

    public String getTool() {
        return audit.getString("tool");
    }

    public List<Integer> getWidths() {
        return audit.getJsonArray("widths").getValuesAs(jakarta.json.JsonNumber.class).stream()
                .map(jakarta.json.JsonNumber::intValue).toList();
    }

    /** role (anonymous, insured, adviser, administrator) → the pages checked. */
    public Map<String, List<String>> getPages() {
        return audit.getJsonObject("pages").entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                e -> strings(e.getValue()), (a, b) -> a, java.util.LinkedHashMap::new));
    }

    /** Pages checked, all roles together (a page two roles see counts twice: each sees its own version). */
    public int getPageCount() {
        return getPages().values().stream().mapToInt(List::size).sum();
    }

    public int getChecks() {
        return audit.getInt("checks");
    }

    public int getRuleCount() {
        return audit.getJsonArray("rules").size();
    }

    public int getCodeFieldCount() {
        return audit.getJsonArray("codeFields").size();
    }

    public List<Failure> getViolations() {
        return audit.getJsonArray("violations").getValuesAs(JsonObject.class).stream()
                .map(v -> new Failure(v.getString("rule"), v.getString("help"), strings(v.get("where")))).toList();
    }

    public List<String> getTooWide() {
        return strings(audit.get("tooWide"));
    }

    public List<String> getCodeFieldProblems() {
        return strings(audit.get("codeFieldProblems"));
    }

    /** Whether the tests measured no failure at all. */
    public boolean isClean() {
        return getViolations().isEmpty() && getTooWide().isEmpty() && getCodeFieldProblems().isEmpty();
    }

    /** The bundle key of the conformity level (RGAA: totalement, partiellement or non conforme). */
    public String getLevelKey() {
        return isClean() ? "accessibilite.level.partial" : "accessibilite.level.none";
    }

    private static List<String> strings(JsonValue array) {
        return array.asJsonArray().getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }
}
