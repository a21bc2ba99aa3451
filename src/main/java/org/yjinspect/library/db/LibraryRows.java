package org.yjinspect.library.db;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.yjinspect.framework.domain.FrameworkVersion;
import org.yjinspect.library.domain.LibraryInspection;
import org.yjinspect.library.domain.LibraryKeyQuestion;
import org.yjinspect.library.domain.LibraryStandard;
import org.yjinspect.published.domain.CaseFigure;
import org.yjinspect.published.domain.CasesInspected;
import org.yjinspect.rating.domain.Rating;

/** The library's rows: writing an inspection's figures to the V83 tables and reading them back. */
final class LibraryRows {
    private static final String COLUMNS = "i.id, i.service, i.service_key, i.published, i.framework_version, i.score,"
            + " i.max_score, i.overall_rating, i.cases_court, i.cases_out_of_court, i.cases_resettlement, i.source,"
            + " i.added_at";

    private LibraryRows() {
    }

    static long insert(Handle h, LibraryInspection i, String addedBy) {
        long id = h.createUpdate("insert into library_inspection (service, service_key, published, framework_version,"
                        + " score, max_score, overall_rating, cases_court, cases_out_of_court, cases_resettlement, source,"
                        + " added_by) values (:service, :key, :published, :version, :score, :max, :overall, :court,"
                        + " :ooc, :resettlement, :source, :by)")
                .bindMap(main(i)).bind("by", addedBy).executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
        children(h, id, i);
        return id;
    }

    static void replace(Handle h, long id, LibraryInspection i) {
        h.createUpdate("update library_inspection set service = :service, service_key = :key, published = :published,"
                        + " framework_version = :version, score = :score, max_score = :max, overall_rating = :overall,"
                        + " cases_court = :court, cases_out_of_court = :ooc, cases_resettlement = :resettlement,"
                        + " source = :source where id = :id")
                .bindMap(main(i)).bind("id", id).execute();
        h.createUpdate("delete from library_standard where library_id = :id").bind("id", id).execute();
        h.createUpdate("delete from library_warning where library_id = :id").bind("id", id).execute();
        children(h, id, i);
    }

    private static Map<String, Object> main(LibraryInspection i) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("service", i.service());
        m.put("key", i.serviceKey());
        m.put("published", i.published().atDay(1));
        m.put("version", i.frameworkVersion().label());
        m.put("score", i.score());
        m.put("max", i.maxScore());
        m.put("overall", i.overallRating() == null ? null : i.overallRating().name());
        m.put("court", i.cases().court());
        m.put("ooc", i.cases().outOfCourt());
        m.put("resettlement", i.cases().resettlement());
        m.put("source", i.source());
        return m;
    }

    private static void children(Handle h, long id, LibraryInspection i) {
        int position = 0;
        for (LibraryStandard s : i.standards()) {
            h.createUpdate("insert into library_standard (library_id, position, number, name, rating)"
                            + " values (:id, :pos, :n, :name, :r)").bind("id", id).bind("pos", ++position)
                    .bind("n", s.number()).bind("name", s.name()).bind("r", s.rating() == null ? null : s.rating().name())
                    .execute();
            int q = 0;
            for (LibraryKeyQuestion k : s.keyQuestions()) {
                CaseFigure f = k.figure();
                h.createUpdate("insert into library_key_question (library_id, standard_number, position,"
                                + " key_question_id, text, yes, relevant, percent) values (:id, :n, :pos, :kq, :t, :y,"
                                + " :rel, :pc)").bind("id", id).bind("n", s.number()).bind("pos", ++q)
                        .bind("kq", k.keyQuestionId()).bind("t", k.text()).bind("y", f == null ? null : f.yes())
                        .bind("rel", f == null ? null : f.relevant()).bind("pc", f == null ? null : f.percent()).execute();
            }
        }
        int w = 0;
        for (String warning : i.warnings()) {
            h.createUpdate("insert into library_warning (library_id, position, text) values (:id, :pos, :t)")
                    .bind("id", id).bind("pos", ++w).bind("t", warning).execute();
        }
    }

    /** The inspections matching {@code where} (on alias {@code i}), newest publication first, then by service. */
    static List<LibraryInspection> read(Handle h, String where, Map<String, Object> binds) {
        String selected = "select i.id from library_inspection i where " + where;
        Map<Long, List<LibraryStandard>> standards = standards(h, selected, binds);
        Map<Long, List<String>> warnings = new LinkedHashMap<>();
        h.createQuery("select library_id, text from library_warning where library_id in (" + selected
                        + ") order by library_id, position").bindMap(binds)
                .map((rs, ctx) -> warnings.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2)))
                .list();
        return h.createQuery("select " + COLUMNS + " from library_inspection i where " + where
                        + " order by i.published desc, i.service_key, i.id").bindMap(binds)
                .map((rs, ctx) -> inspection(rs, standards.getOrDefault(rs.getLong(1), List.of()),
                        warnings.getOrDefault(rs.getLong(1), List.of()))).list();
    }

    private static Map<Long, List<LibraryStandard>> standards(Handle h, String selected, Map<String, Object> binds) {
        Map<String, List<LibraryKeyQuestion>> questions = new LinkedHashMap<>();
        h.createQuery("select library_id, standard_number, key_question_id, text, yes, relevant, percent"
                        + " from library_key_question where library_id in (" + selected + ")"
                        + " order by library_id, standard_number, position").bindMap(binds)
                .map((rs, ctx) -> questions.computeIfAbsent(rs.getLong(1) + " " + rs.getString(2),
                        k -> new ArrayList<>()).add(new LibraryKeyQuestion(rs.getString(3), rs.getString(4), figure(rs))))
                .list();
        Map<Long, List<LibraryStandard>> standards = new LinkedHashMap<>();
        h.createQuery("select library_id, number, name, rating from library_standard where library_id in (" + selected
                        + ") order by library_id, position").bindMap(binds)
                .map((rs, ctx) -> standards.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(
                        new LibraryStandard(rs.getString(2), rs.getString(3), rating(rs.getString(4)),
                                questions.get(rs.getLong(1) + " " + rs.getString(2))))).list();
        return standards;
    }

    private static LibraryInspection inspection(ResultSet rs, List<LibraryStandard> standards, List<String> warnings)
            throws SQLException {
        return new LibraryInspection(rs.getLong(1), rs.getString(2), rs.getString(3),
                YearMonth.from(rs.getObject(4, LocalDate.class)),
                FrameworkVersion.fromLabel(rs.getString(5)).orElseThrow(), integer(rs, 6), integer(rs, 7),
                rating(rs.getString(8)), standards, new CasesInspected(integer(rs, 9), integer(rs, 10), integer(rs, 11)),
                warnings, rs.getString(12), rs.getTimestamp(13).toInstant());
    }

    private static CaseFigure figure(ResultSet rs) throws SQLException {
        Integer yes = integer(rs, 5);
        Integer relevant = integer(rs, 6);
        Integer percent = integer(rs, 7);
        return yes == null && relevant == null && percent == null ? null : new CaseFigure(yes, relevant, percent);
    }

    private static Integer integer(ResultSet rs, int column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }

    private static Rating rating(String name) {
        return name == null ? null : Rating.valueOf(name);
    }
}
