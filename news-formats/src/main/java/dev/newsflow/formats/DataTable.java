package dev.newsflow.formats;

import org.jsoup.nodes.Element;

/**
 * Whether a table holds data (results, prices, a timetable) rather than lays out the page: Readability's test, which
 * keeps a data table and everything in it out of the cleaning that removes link-heavy, comma-free containers. A table
 * of figures has few commas and, when its rows name linked teams or places, much link text: cleaned like a layout
 * table it would vanish from the article it belongs to. Unlike Readability, a table of one column is never data: a
 * heading cell over a cell of links is a navigation box, which the body leaves out.
 */
final class DataTable {

    private static final int MANY_ROWS = 10;
    private static final int MANY_COLUMNS = 4;
    private static final int MANY_CELLS = 10;

    private DataTable() {
    }

    /** True when the element is inside a data table (or is one), looking no higher than {@code top}. */
    static boolean holds(Element element, Element top) {
        for (Element e = element; e != null; e = e.parent()) {
            if (e.nameIs("table") && isData(e)) {
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
        for (Element row : table.getElementsByTag("tr")) {
            rows++;
            int cells = 0;
            for (Element cell = row.firstElementChild(); cell != null; cell = cell.nextElementSibling()) {
                if (cell.nameIs("td") || cell.nameIs("th")) {
                    cells += Math.max(1, parseOr1(cell.attr("colspan")));
                }
            }
            columns = Math.max(columns, cells);
        }
        if (columns < 2) {
            return false; // a box of one column, a heading over a run of links, is navigation however marked up
        }
        if ((table.hasAttr("summary") || hasCaption(table)
                || table.selectFirst("col, colgroup, tfoot, thead, th") != null)) {
            return true;
        }
        return rows >= MANY_ROWS || columns > MANY_COLUMNS || rows * columns > MANY_CELLS;
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
