/**
 * Exports of lists as files people open in a spreadsheet: CSV (RFC 4180, UTF-8 with a byte order mark so Excel
 * reads accents) and XLSX (streamed by Apache POI's SXSSF). Rows are read from the list's own service one page at a
 * time and written as they come, so an export of any size holds one page in memory. Cells a spreadsheet would run as
 * a formula are written as text. The caller decides the columns and their headers (translated, as the list shows
 * them) and reads the rows under its own tenant and rights: this module reads no data itself.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Export")
package app.lexdesk.core.export;
