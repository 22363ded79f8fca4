package com.partnerportal.web.view;

import com.partnerportal.web.error.ProblemException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * One page of a sorted table: the rows to show and what the template needs for the sort links and the pager.
 * Sorting and paging happen on the server, so tables work without JavaScript.
 */
public record Page<T>(List<T> rows, int page, int pages, int total, String sort, String dir) {

    public static final int SIZE = 50;

    /**
     * Sorts {@code all} by the named column ({@code sorts} maps each sortable column to its comparator; an
     * unknown name falls back to {@code defaultSort}) and cuts out page {@code page} (1-based, clamped).
     */
    public static <T> Page<T> of(List<T> all, Map<String, Comparator<T>> sorts, String sort, String dir,
            String defaultSort, Integer page) {
        String column = sort != null && sorts.containsKey(sort) ? sort : defaultSort;
        boolean descending = "desc".equals(dir);
        Comparator<T> comparator = sorts.get(column);
        List<T> sorted = all.stream().sorted(descending ? comparator.reversed() : comparator).toList();
        int pages = Math.max(1, (sorted.size() + SIZE - 1) / SIZE);
        int current = page == null ? 1 : Math.min(Math.max(1, page), pages);
        int from = (current - 1) * SIZE;
        return new Page<>(sorted.subList(from, Math.min(sorted.size(), from + SIZE)), current, pages, sorted.size(),
                column, descending ? "desc" : "asc");
    }

    /**
     * A page cut out by the database: {@code total} rows match, and {@code fetch} reads {@code SIZE} of them from an
     * offset. The requested page (1-based) is clamped to the pages there are.
     */
    public static <T> Page<T> fetched(int total, Integer page, IntFunction<List<T>> fetch, String sort, String dir) {
        int pages = Math.max(1, (total + SIZE - 1) / SIZE);
        int current = page == null ? 1 : Math.min(Math.max(1, page), pages);
        return new Page<>(total == 0 ? List.of() : fetch.apply((current - 1) * SIZE), current, pages, total, sort, dir);
    }

    /** The {@code page} query parameter: null when absent, a 400 problem when it is not a page number. */
    public static Integer number(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        if (!raw.strip().matches("[0-9]{1,6}")) {
            throw ProblemException.badRequest("Invalid query parameter",
                    List.of("page: not a page number (1 to 999999): " + raw));
        }
        return Integer.valueOf(raw.strip());
    }

    public boolean hasPrevious() {
        return page > 1;
    }

    public boolean hasNext() {
        return page < pages;
    }

    /** The direction a click on {@code column}'s header asks for: the other one when it is the current sort. */
    public String nextDir(String column) {
        return column.equals(sort) && "asc".equals(dir) ? "desc" : "asc";
    }

    /** {@code ascending}/{@code descending}/{@code none}, for {@code aria-sort}. */
    public String ariaSort(String column) {
        return column.equals(sort) ? ("asc".equals(dir) ? "ascending" : "descending") : "none";
    }
}
