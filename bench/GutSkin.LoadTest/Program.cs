using GutSkin.LoadTest;

if (!LoadOptions.TryParse(args, out var options, out var error))
{
    await Console.Error.WriteLineAsync($"{error}\n\n{LoadOptions.Usage}");
    return 2;
}

try
{
    return await LoadTestApplication.RunAsync(options, CancellationToken.None);
}
catch (Exception exception) when (exception is InvalidOperationException or IOException or HttpRequestException)
{
    await Console.Error.WriteLineAsync($"load test failed: {exception.Message}");
    return 1;
}
