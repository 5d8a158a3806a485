namespace GutSkin.Bot.Admin;

/// <summary>Everything the dashboard shows for one range.</summary>
/// <param name="Range">The days covered.</param>
/// <param name="Tables">The panels' tables, in page order.</param>
internal sealed record DashboardReport(DashboardRange Range, IReadOnlyList<DashboardTable> Tables)
{
    /// <summary>The table with this name, or null.</summary>
    public DashboardTable? Find(string name) => Tables.FirstOrDefault(t => string.Equals(t.Name, name, StringComparison.Ordinal));
}
