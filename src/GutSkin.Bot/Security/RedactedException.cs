using GutSkin.Bot.Recognition;

namespace GutSkin.Bot.Security;

/// <summary>What gets logged in place of an exception from a turn: the original type and stack trace, with emails,
/// phone numbers and stated names taken out of the messages (a parser or storage error can quote the user's text).</summary>
internal sealed class RedactedException : Exception
{
    private readonly string? stackTrace;

    public RedactedException(Exception original)
        : base(
            $"{original.GetType().FullName}: {PersonalDataRedactor.Redact(original.Message)}",
            original.InnerException is null ? null : new RedactedException(original.InnerException))
    {
        stackTrace = original.StackTrace;
        HResult = original.HResult;
    }

    /// <inheritdoc />
    public override string? StackTrace => stackTrace;
}
