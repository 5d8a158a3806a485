using System.Data;
using System.Data.Common;

namespace GutSkin.Data.Sql;

/// <summary>Parameters added the same way for both engines. Both take <c>@name</c> in the statement text; a null is
/// sent with its type, so that PostgreSQL need not guess it.</summary>
internal static class DbCommandExtensions
{
    /// <summary>Adds a parameter.</summary>
    /// <param name="command">The command.</param>
    /// <param name="name">The name without its <c>@</c>.</param>
    /// <param name="value">The value; null is sent as a typed NULL.</param>
    /// <param name="nullType">The type a null is sent as.</param>
    /// <returns>The command, to add more.</returns>
    public static DbCommand With(this DbCommand command, string name, object? value, DbType nullType = DbType.String)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value ?? DBNull.Value;
        if (value is null)
        {
            parameter.DbType = nullType;
        }

        command.Parameters.Add(parameter);
        return command;
    }

    /// <summary>Adds a time parameter in the engine's form (see <see cref="SqlDialect.Time"/>).</summary>
    /// <param name="command">The command.</param>
    /// <param name="dialect">The engine's dialect.</param>
    /// <param name="name">The name without its <c>@</c>.</param>
    /// <param name="value">The time, or null.</param>
    /// <returns>The command, to add more.</returns>
    public static DbCommand WithTime(this DbCommand command, SqlDialect dialect, string name, DateTimeOffset? value) =>
        command.With(name, value is { } time ? dialect.Time(time) : null, dialect.TimeType);

    /// <summary>Adds <paramref name="values"/> as <c>@prefix0</c>, <c>@prefix1</c>, … and returns the list for an
    /// <c>IN (…)</c>.</summary>
    /// <param name="command">The command.</param>
    /// <param name="prefix">The names' prefix.</param>
    /// <param name="values">The values; none may be null.</param>
    /// <returns>The parameter list, e.g. <c>@key0, @key1</c>.</returns>
    public static string WithList(this DbCommand command, string prefix, IReadOnlyCollection<string> values)
    {
        var names = new List<string>(values.Count);
        foreach (var value in values)
        {
            ArgumentNullException.ThrowIfNull(value);
            var name = prefix + names.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
            command.With(name, value);
            names.Add("@" + name);
        }

        return string.Join(", ", names);
    }
}
