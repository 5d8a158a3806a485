using GutSkin.Cli;

try
{
    return await CliApplication.RunAsync(args, Console.In, Console.Out, Console.Error, CancellationToken.None);
}
catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or InvalidOperationException or System.Data.Common.DbException or Microsoft.Extensions.Options.OptionsValidationException)
{
    // Broken infrastructure (an unreadable file, a database that is down or misconfigured): one line, not a stack trace.
    await Console.Error.WriteLineAsync($"error: {exception.Message}");
    return 1;
}
