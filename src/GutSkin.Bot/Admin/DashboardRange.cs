using System.Globalization;

namespace GutSkin.Bot.Admin;

/// <summary>The days the dashboard covers, both included, in UTC: by default the last 30 days up to today.</summary>
/// <param name="From">The first day.</param>
/// <param name="To">The last day.</param>
internal sealed record DashboardRange(DateOnly From, DateOnly To)
{
    /// <summary>The default number of days shown.</summary>
    public const int DefaultDays = 30;

    /// <summary>The longest range accepted: a year (and a leap day).</summary>
    public const int MaxDays = 366;

    private const string DayFormat = "yyyy-MM-dd";

    /// <summary>The first instant counted.</summary>
    public DateTimeOffset Start => new(From.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);

    /// <summary>The first instant not counted: midnight after <see cref="To"/>.</summary>
    public DateTimeOffset End => new(To.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);

    /// <summary>Every day of the range, in order.</summary>
    public IEnumerable<DateOnly> Days => Enumerable.Range(0, To.DayNumber - From.DayNumber + 1).Select(From.AddDays);

    /// <summary>The query string that selects this range.</summary>
    public string Query => $"from={Text(From)}&to={Text(To)}";

    /// <summary>A day as the date inputs and CSV files write it.</summary>
    public static string Text(DateOnly day) => day.ToString(DayFormat, CultureInfo.InvariantCulture);

    /// <summary>Reads the <c>from</c> and <c>to</c> query values (<c>YYYY-MM-DD</c>, either may be missing); on a
    /// mistake, <paramref name="problem"/> says what to fix and the default range is returned.</summary>
    public static DashboardRange Parse(string? from, string? to, DateOnly today, out string? problem)
    {
        problem = null;
        var last = today;
        if (!string.IsNullOrWhiteSpace(to) && !TryDay(to, out last))
        {
            problem = "The 'to' date must be a date like 2026-11-30.";
            return Default(today);
        }

        var first = last.AddDays(1 - DefaultDays);
        if (!string.IsNullOrWhiteSpace(from) && !TryDay(from, out first))
        {
            problem = "The 'from' date must be a date like 2026-11-01.";
            return Default(today);
        }

        if (first > last)
        {
            problem = "The 'from' date must not be after the 'to' date.";
            return Default(today);
        }

        if (last.DayNumber - first.DayNumber + 1 > MaxDays)
        {
            problem = $"Choose at most {MaxDays} days.";
            return Default(today);
        }

        return new DashboardRange(first, last);
    }

    private static DashboardRange Default(DateOnly today) => new(today.AddDays(1 - DefaultDays), today);

    private static bool TryDay(string text, out DateOnly day) =>
        DateOnly.TryParseExact(text.Trim(), DayFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out day);
}
