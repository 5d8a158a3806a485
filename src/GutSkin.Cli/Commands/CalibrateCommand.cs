using GutSkin.Knowledge;
using GutSkin.Knowledge.Evaluation;
using Microsoft.Extensions.DependencyInjection;

namespace GutSkin.Cli.Commands;

/// <summary>
/// <c>calibrate TRAIN DEV OUT</c>: fits the ranking and answerability model and writes it as JSON;
/// <c>calibrate --by-origin TRAIN DEV</c>: how that generalises to a writer left out.
/// </summary>
internal static class CalibrateCommand
{
    /// <summary>Exit 0 when the model was written.</summary>
    public static int Run(string trainFile, string devFile, string outputFile, IServiceProvider services, TextWriter output, TextWriter error)
    {
        if (Read(trainFile, devFile, error) is not (var train, var dev))
        {
            return 1;
        }

        var model = Calibration.Fit(services.GetRequiredService<LiveKnowledge>(), train, dev);
        File.WriteAllText(outputFile, model.ToJson() + Environment.NewLine);
        output.WriteLine(model.Note);
        output.WriteLine($"written: {outputFile}");
        return 0;
    }

    /// <summary>Exit 0 when every origin could be scored; prints one line per origin, then the mean and the worst.</summary>
    public static int RunByOrigin(string trainFile, string devFile, IServiceProvider services, TextWriter output, TextWriter error)
    {
        if (Read(trainFile, devFile, error) is not (var train, var dev))
        {
            return 1;
        }

        var figures = Calibration.ByOrigin(services.GetRequiredService<LiveKnowledge>(), train, dev);
        if (figures.Count < 2)
        {
            error.WriteLine("error: the files name fewer than two origins (the origin column)");
            return 1;
        }

        output.WriteLine("left out	answerable top-1	unanswerable declined");
        foreach (var f in figures)
        {
            output.WriteLine($"{f.Origin}	{f.TopOneAccuracy:P1} ({f.AnsweredCorrectly}/{f.Answerable})	{f.NoAnswerRecall:P1} ({f.DeclinedCorrectly}/{f.Unanswerable})");
        }

        output.WriteLine($"mean	{figures.Average(f => f.TopOneAccuracy):P1}	{figures.Average(f => f.NoAnswerRecall):P1}");
        output.WriteLine($"worst	{figures.Min(f => f.TopOneAccuracy):P1}	{figures.Min(f => f.NoAnswerRecall):P1}");
        return 0;
    }

    private static (List<LabelledQuestion> Train, List<LabelledQuestion> Dev)? Read(string trainFile, string devFile, TextWriter error)
    {
        foreach (var file in new[] { trainFile, devFile })
        {
            if (!File.Exists(file))
            {
                error.WriteLine($"error: no such file: {file}");
                return null;
            }
        }

        var (train, trainProblems) = EvaluationFile.Parse(File.ReadAllText(trainFile));
        var (dev, devProblems) = EvaluationFile.Parse(File.ReadAllText(devFile));
        trainProblems.ForEach(p => error.WriteLine($"{trainFile}: {p}"));
        devProblems.ForEach(p => error.WriteLine($"{devFile}: {p}"));
        return (train, dev);
    }
}
