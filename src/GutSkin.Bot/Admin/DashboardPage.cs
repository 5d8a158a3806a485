using System.Text;
using System.Text.Json;

namespace GutSkin.Bot.Admin;

/// <summary>The dashboard at <c>/admin</c>: the range form, one panel per table (a chart where one helps, the table, and
/// its CSV link), and the tables as JSON in a <c>&lt;script type="application/json"&gt;</c> block that
/// <c>/admin/dashboard.js</c> reads to draw the charts with the vendored Chart.js.</summary>
internal static class DashboardPage
{
    // The tables drawn as charts, and how (dashboard.js knows the columns).
    private static readonly HashSet<string> Charted = ["questions-per-day", "answer-shares", "top-sections", "feedback", "signups-per-day"];

    /// <summary>The page for <paramref name="report"/>; <paramref name="problem"/> says what was wrong with the range asked for.</summary>
    public static string Render(DashboardReport report, string antiforgeryField, string? problem)
    {
        var range = report.Range;
        var body = new StringBuilder()
            .Append("<header class=\"top\">\n<h1>GutSkin staff dashboard</h1>\n")
            .Append("<form method=\"post\" action=\"/admin/logout\">").Append(antiforgeryField)
            .Append("<button type=\"submit\">Sign out</button></form>\n</header>\n<main>\n");
        if (problem is not null)
        {
            body.Append("<p class=\"message\" role=\"alert\">").Append(AdminLayout.Encode(problem)).Append(" Showing the last 30 days.</p>\n");
        }

        body.Append("<form class=\"range\" method=\"get\" action=\"/admin\">\n")
            .Append($"<label for=\"from\">From</label> <input id=\"from\" name=\"from\" type=\"date\" value=\"{DashboardRange.Text(range.From)}\">\n")
            .Append($"<label for=\"to\">To</label> <input id=\"to\" name=\"to\" type=\"date\" value=\"{DashboardRange.Text(range.To)}\">\n")
            .Append("<button type=\"submit\">Show</button>\n")
            .Append("<span class=\"note\">Days in UTC, both included. No names, e-mail addresses or user ids are shown: questions are stored with personal details removed.</span>\n")
            .Append("</form>\n");

        foreach (var table in report.Tables)
        {
            AppendPanel(body, table, range);
        }

        body.Append("</main>\n<script type=\"application/json\" id=\"dashboard-data\">")
            .Append(JsonSerializer.Serialize(report.Tables.ToDictionary(t => t.Name, t => new { columns = t.Columns, rows = t.Rows })))
            .Append("</script>\n");
        return AdminLayout.Page("Dashboard", body.ToString(), "/admin/lib/chart.js/chart.umd.min.js", "/admin/dashboard.js");
    }

    private static void AppendPanel(StringBuilder body, DashboardTable table, DashboardRange range)
    {
        var id = AdminLayout.Encode(table.Name);
        body.Append($"<section class=\"panel\" id=\"panel-{id}\" aria-labelledby=\"title-{id}\">\n")
            .Append($"<h2 id=\"title-{id}\">").Append(AdminLayout.Encode(table.Title)).Append("</h2>\n")
            .Append("<p>").Append(AdminLayout.Encode(table.Description)).Append("</p>\n");
        if (Charted.Contains(table.Name))
        {
            body.Append($"<div class=\"chart\"><canvas id=\"chart-{id}\" role=\"img\" aria-label=\"Chart: ")
                .Append(AdminLayout.Encode(table.Title)).Append(". The same figures are in the table below.\"></canvas></div>\n");
        }

        body.Append($"<p><a href=\"/admin/export/{id}.csv?{range.Query}\" download>Download this table as CSV</a></p>\n");
        if (table.Rows.Count == 0)
        {
            body.Append("<p class=\"empty\">Nothing in this range.</p>\n</section>\n");
            return;
        }

        // Focusable, so that keyboard users can scroll a long table.
        body.Append("<div class=\"table\" tabindex=\"0\" role=\"region\" aria-label=\"Table: ").Append(AdminLayout.Encode(table.Title)).Append("\"><table>\n<thead><tr>");
        foreach (var column in table.Columns)
        {
            body.Append("<th scope=\"col\">").Append(AdminLayout.Encode(column)).Append("</th>");
        }

        body.Append("</tr></thead>\n<tbody>\n");
        foreach (var row in table.Rows)
        {
            body.Append("<tr>");
            foreach (var cell in row)
            {
                body.Append("<td>").Append(AdminLayout.Encode(cell)).Append("</td>");
            }

            body.Append("</tr>\n");
        }

        body.Append("</tbody>\n</table></div>\n</section>\n");
    }
}
