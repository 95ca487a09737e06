/** Dates as files and pages write them, read to an instant. */
package dev.newsflow.formats.dates;
