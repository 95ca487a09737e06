package dev.newsflow.formats.dates;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Dates as feeds, mail-style meta tags and CMSs write them, read as feed readers read them: what RFC 822's family of
 * writers gets wrong or leaves out costs neither the date nor its time, and a zone word means what the writer meant.
 */
class DatesTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiterString = " ¦ ", textBlock = """
            a weekday that is not the date's ¦ Wed, 06 Dec 2026 14:30:00 GMT ¦ 2026-12-06T14:30:00Z
            a two-digit year, as RSS 2.0 allows ¦ Sun, 06 Dec 26 14:30:00 GMT ¦ 2026-12-06T14:30:00Z
            a two-digit year of the last century ¦ Tue, 07 Sep 99 00:00:01 GMT ¦ 1999-09-07T00:00:01Z
            the month before the day ¦ Sun, Dec 06 2026 14:30:00 GMT ¦ 2026-12-06T14:30:00Z
            the weekday written out ¦ Sunday, 06 Dec 2026 14:30:00 GMT ¦ 2026-12-06T14:30:00Z
            a fraction of a second ¦ Sun, 06 Dec 2026 14:30:00.250 GMT ¦ 2026-12-06T14:30:00Z
            an offset with a colon ¦ Sun, 06 Dec 2026 14:30:00 +01:00 ¦ 2026-12-06T13:30:00Z
            an offset after GMT ¦ Sun, 06 Dec 2026 14:30:00 GMT+1 ¦ 2026-12-06T13:30:00Z
            an hour of one digit ¦ Sun, 6 Dec 2026 4:30:00 GMT ¦ 2026-12-06T04:30:00Z
            no zone: the day, which the page may place ¦ Sun, 06 Dec 2026 14:30:00 ¦ 2026-12-06T00:00:00Z
            24:00, the next day's start ¦ Sun, 06 Dec 2026 24:00:00 GMT ¦ 2026-12-07T00:00:00Z
            a zone written out ¦ Sun, 06 Dec 2026 14:30:00 Pacific Standard Time ¦ 2026-12-06T22:30:00Z
            a zone's id ¦ Mon, 04 May 2026 12:45:00 Europe/Berlin ¦ 2026-05-04T10:45:00Z
            AEST is +10:00 in Sydney's summer too ¦ Mon, 30 Nov 2026 10:53:20 AEST ¦ 2026-11-30T00:53:20Z
            a generic name follows its region's clock ¦ Mon, 06 Jul 2026 14:30:00 NZT ¦ 2026-07-06T02:30:00Z
            CET is +01:00 in July too ¦ Mon, 06 Jul 2026 14:30:00 CET ¦ 2026-07-06T13:30:00Z
            a zone's id in lower case ¦ 2026-07-06 14:30 europe/london ¦ 2026-07-06T13:30:00Z
            a summer time's name is its offset in winter too ¦ Sun, 06 Dec 2026 14:30:00 BST ¦ 2026-12-06T13:30:00Z
            Java's Date.toString() with an offset ¦ Thu May 28 15:26:40 GMT-05:00 2026 ¦ 2026-05-28T20:26:40Z
            an ISO date with a zone's id ¦ 2026-05-04 08:15:00 Europe/Berlin ¦ 2026-05-04T06:15:00Z
            EST is RFC 822's fixed offset in July too ¦ Mon, 06 Jul 2026 14:30:00 EST ¦ 2026-07-06T19:30:00Z
            BST is British Summer Time ¦ Sun, 06 Sep 2026 14:30:00 BST ¦ 2026-09-06T13:30:00Z
            IST is India's ¦ Sun, 06 Sep 2026 14:30:00 IST ¦ 2026-09-06T09:00:00Z
            a zone the JDK names ¦ Sun, 06 Sep 2026 14:30:00 CEST ¦ 2026-09-06T12:30:00Z
            an ISO date with BST ¦ 2026-09-04 08:15:00 BST ¦ 2026-09-04T07:15:00Z
            Java's Date.toString() with BST ¦ Fri Sep 04 08:15:00 BST 2026 ¦ 2026-09-04T07:15:00Z
            a clock shown to the minute without a zone: the day ¦ 7 May 2026, 14:47 ¦ 2026-05-07T00:00:00Z
            not the JDK's zone for the name: the day ¦ Thu, 28 May 2026 12:00 Irish Standard Time ¦ 2026-05-28T00:00:00Z
            a zone nobody knows: the day ¦ Sun, 06 Dec 2026 14:30:00 XYZ ¦ 2026-12-06T00:00:00Z
            an hour the day does not have: the day ¦ Sun, 06 Dec 2026 25:30:00 GMT ¦ 2026-12-06T00:00:00Z
            a German weekday and month, abbreviated ¦ Mo, 02 Mär 2026 09:00:00 +0100 ¦ 2026-03-02T08:00:00Z
            a German month written out ¦ 02 März 2026 09:00:00 +0100 ¦ 2026-03-02T08:00:00Z
            a German month with its dot ¦ Mi., 02 Dez. 2026 09:00:00 +0100 ¦ 2026-12-02T08:00:00Z
            a month German and French name alike ¦ Sa, 02 Mai 2026 09:00:00 +0200 ¦ 2026-05-02T07:00:00Z
            a French weekday and month ¦ lun., 02 févr. 2026 09:00:00 +0100 ¦ 2026-02-02T08:00:00Z
            a Spanish month ¦ mié, 02 dic 2026 09:00:00 +0100 ¦ 2026-12-02T08:00:00Z
            a Dutch month ¦ di, 03 mrt 2026 09:00:00 +0100 ¦ 2026-03-03T08:00:00Z
            a French date written out, its weekday too ¦ lundi 2 mars 2026 ¦ 2026-03-02T00:00:00Z
            a German date written out, its weekday too ¦ Dienstag, 12. März 2024 ¦ 2024-03-12T00:00:00Z
            a Polish month in the genitive, as dates write it ¦ 5 marca 2024 ¦ 2024-03-05T00:00:00Z
            a Polish month after a label ¦ Opublikowano: 12 października 2024 ¦ 2024-10-12T00:00:00Z
            a Swedish month no other language names so ¦ 12 augusti 2024 ¦ 2024-08-12T00:00:00Z
            September as AP style abbreviates it ¦ SEPT. 15, 2016 ¦ 2016-09-15T00:00:00Z
            an offset and the zone's name ¦ Thu, 22 Aug 2024 12:02:03 +0200 CEST ¦ 2024-08-22T10:02:03Z
            the offset decides over the name ¦ Thu, 22 Aug 2024 12:02:03 -0400 EST ¦ 2024-08-22T16:02:03Z
            a 12-hour clock after noon ¦ Aug 22, 2024 12:02 PM EDT ¦ 2024-08-22T16:02:00Z
            a 12-hour clock before noon ¦ Thu, 22 Aug 2024 12:30 a.m. GMT ¦ 2024-08-22T00:30:00Z
            a 12-hour clock without a zone: the day ¦ May 20, 2024, 4:45:00 PM ¦ 2024-05-20T00:00:00Z
            at before the time ¦ March 5, 2024 at 10:12 AM GMT ¦ 2024-03-05T10:12:00Z
            at before the time, no zone: the day ¦ Tue, Mar 5, 2024 at 9:15 AM ¦ 2024-03-05T00:00:00Z
            um before the time ¦ 5 Mär 2024 um 10:12 +0100 ¦ 2024-03-05T09:12:00Z
            no hour 13 on a 12-hour clock: the day ¦ Aug 22, 2024 13:02 PM EDT ¦ 2024-08-22T00:00:00Z
            """)
    void emailStyleDatesAreReadAsFeedReadersReadThem(String rule, String written, String expected) {
        assertThat(Dates.parse(written)).as(rule).contains(Instant.parse(expected));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " ¦ ", textBlock = """
            RFC 822 ¦ Thu, 31 Apr 2026 09:00:00 GMT
            ISO 8601, an offset without colon ¦ 2026-02-30T14:30:00+0100
            ISO 8601 and a zone's name ¦ 2026-02-30 14:30:00 GMT
            RFC 822 in German ¦ Do, 31 Apr 2026 09:00:00 +0200
            """)
    void aDayTheMonthDoesNotHaveIsNoDateRatherThanAnotherDay(String shape, String written) {
        assertThat(Dates.parse(written)).as(shape).isEmpty();
    }
}
