using System.Text;
using GutSkin.Data;

namespace GutSkin.Bot.Admin;

/// <summary>One table of the dashboard, shown on the page, drawn by its chart and downloaded as CSV from
/// <c>/admin/export/NAME.csv</c>: the same rows everywhere.</summary>
/// <param name="Name">The name in the CSV address and the chart script, e.g. <c>questions-per-day</c>.</param>
/// <param name="Title">The panel's heading.</param>
/// <param name="Description">What the panel means, in a sentence for content staff and marketers.</param>
/// <param name="Columns">The column headings.</param>
/// <param name="Rows">The rows, as text.</param>
internal sealed record DashboardTable(string Name, string Title, string Description, IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<string>> Rows)
{
    /// <summary>The table as RFC 4180 CSV, each field safe to open in a spreadsheet.</summary>
    public string ToCsv()
    {
        var csv = new StringBuilder();
        foreach (var row in Rows.Prepend(Columns))
        {
            csv.AppendJoin(',', row.Select(LeadsCsv.Field)).Append("\r\n");
        }

        return csv.ToString();
    }
}
