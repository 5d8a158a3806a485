using GutSkin.Knowledge;
using GutSkin.Knowledge.Evaluation;
using Microsoft.Extensions.DependencyInjection;

namespace GutSkin.Cli.Commands;

/// <summary><c>calibrate TRAIN DEV OUT</c>: fits the ranking and answerability model and writes it as JSON.</summary>
internal static class CalibrateCommand
{
    /// <summary>Exit 0 when the model was written.</summary>
    public static int Run(string trainFile, string devFile, string outputFile, IServiceProvider services, TextWriter output, TextWriter error)
    {
        foreach (var file in new[] { trainFile, devFile })
        {
            if (!File.Exists(file))
            {
                error.WriteLine($"error: no such file: {file}");
                return 1;
            }
        }

        var (train, trainProblems) = EvaluationFile.Parse(File.ReadAllText(trainFile));
        var (dev, devProblems) = EvaluationFile.Parse(File.ReadAllText(devFile));
        trainProblems.ForEach(p => error.WriteLine($"{trainFile}: {p}"));
        devProblems.ForEach(p => error.WriteLine($"{devFile}: {p}"));
        var knowledge = services.GetRequiredService<LiveKnowledge>();
        var model = Calibration.Fit(knowledge, train, dev);
        File.WriteAllText(outputFile, model.ToJson() + Environment.NewLine);
        output.WriteLine(model.Note);
        output.WriteLine($"written: {outputFile}");
        return 0;
    }
}
