package dev.newsflow.formats.html;

import org.jsoup.nodes.Element;

import java.util.Map;
import java.util.regex.Pattern;

/**
 * Whether a table holds data (results, prices, a timetable) rather than lays out the page: Readability's test, which
 * keeps a data table and everything in it out of the cleaning that removes link-heavy, comma-free containers. A table
 * of figures has few commas and, when its rows name linked teams or places, much link text: cleaned like a layout
 * table it would vanish from the article it belongs to. As in Readability a table of one row or one column is not
 * data (a menu bar of link cells, a heading cell over a cell of links), here even with header cells; and unlike
 * Readability a table known only by its size (no caption, header cells or summary) whose text is mostly links is a
 * grid of teasers, not data: related stories never belong in the body, unless two thirds of its rows hold two figures
 * or more (a league table links every team).
 */
final class DataTable {

    private static final int MANY_ROWS = 10;
    private static final int MANY_COLUMNS = 4;
    private static final int MANY_CELLS = 10;
    private static final double TEASER_LINK_DENSITY = 0.5;
    // a cell that is a figure: a number, a score, a time, a share ("12", "-3", "2-1", "1:23.4", "45.5%", "1,204")
    private static final Pattern FIGURE = Pattern.compile("[-+−]?\\d[\\d.,:/%-]*");
    private static final int FIGURES_PER_ROW = 2;

    private DataTable() {
    }

    /**
     * True when the element is inside a data table (or is one), looking no higher than {@code top}. {@code verdicts}
     * keeps each table's verdict for one cleaning pass: every container inside a table asks about it, and judging a
     * table walks all of it (a results table of thousands of rows would otherwise be walked once per cell).
     */
    static boolean holds(Element element, Element top, Map<Element, Boolean> verdicts) {
        for (Element e = element; e != null; e = e.parent()) {
            if (e.nameIs("table") && verdicts.computeIfAbsent(e, DataTable::isData)) {
                return true;
            }
            if (e == top) {
                return false;
            }
        }
        return false;
    }

    static boolean isData(Element table) {
        if (table.attr("role").equalsIgnoreCase("presentation") || table.attr("datatable").equals("0")) {
            return false;
        }
        if (table.getElementsByTag("table").size() > 1) {
            return false; // a table of tables lays out the page
        }
        int rows = 0;
        int columns = 0;
        int rowsOfFigures = 0;
        for (Element row : table.getElementsByTag("tr")) {
            rows++;
            int cells = 0;
            int figures = 0;
            for (Element cell = row.firstElementChild(); cell != null; cell = cell.nextElementSibling()) {
                if (cell.nameIs("td") || cell.nameIs("th")) {
                    cells += Math.max(1, parseOr1(cell.attr("colspan")));
                    figures += FIGURE.matcher(cell.text()).matches() ? 1 : 0;
                }
            }
            columns = Math.max(columns, cells);
            rowsOfFigures += figures >= FIGURES_PER_ROW ? 1 : 0;
        }
        if (columns < 2 || rows < 2) {
            return false; // a menu bar of link cells, a heading over a run of links: navigation however marked up
        }
        if ((table.hasAttr("summary") || hasCaption(table)
                || table.selectFirst("col, colgroup, tfoot, thead, th") != null)) {
            return true;
        }
        boolean large = rows >= MANY_ROWS || columns > MANY_COLUMNS || rows * columns > MANY_CELLS;
        // a league table or a list of results links each team's name, yet its rows are figures: no teaser has them
        return large && (linkDensity(table) <= TEASER_LINK_DENSITY || rowsOfFigures * 3 >= rows * 2);
    }

    private static double linkDensity(Element table) {
        int text = table.text().length();
        int links = 0;
        for (Element link : table.getElementsByTag("a")) {
            links += link.text().length();
        }
        return text == 0 ? 0 : (double) links / text;
    }

    private static boolean hasCaption(Element table) {
        Element caption = table.selectFirst("> caption");
        return caption != null && caption.childNodeSize() > 0;
    }

    private static int parseOr1(String number) {
        try {
            return number.isEmpty() ? 1 : Integer.parseInt(number.strip());
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
