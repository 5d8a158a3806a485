using GutSkin.Knowledge.Evaluation;
using GutSkin.Knowledge.Safety;

namespace GutSkin.Cli.Commands;

/// <summary>
/// <c>calibrate --safety EVALUATION_DIR OUT</c>: fits the semantic safety layer's model on the training splits
/// (<c>Safety/train.tsv</c>, <c>Answers/train.tsv</c>), its threshold on the development splits (<c>Safety/dev.tsv</c>,
/// <c>Answers/dev.tsv</c>, <c>Answers/conversations.dev.tsv</c>) and writes it as JSON, then prints the
/// leave-one-writer-out figures of the same fit. Only these files are read, named one by one: never a held-out file.
/// </summary>
internal static class SafetyCalibrateCommand
{
    private static readonly string[] TrainFiles = ["Safety/train.tsv", "Answers/train.tsv"];
    private static readonly string[] DevelopmentFiles = ["Safety/dev.tsv", "Answers/dev.tsv", "Answers/conversations.dev.tsv"];

    /// <summary>Exit 0 when the model was written.</summary>
    public static int Run(string evaluationDirectory, string outputFile, TextWriter output, TextWriter error)
    {
        var train = Read(evaluationDirectory, TrainFiles, error);
        var development = Read(evaluationDirectory, DevelopmentFiles, error);
        if (train is null || development is null)
        {
            return 1;
        }

        var (model, thresholds) = SafetyCalibration.Fit(train, development);
        foreach (var line in thresholds)
        {
            output.WriteLine(line);
        }

        // The model first: the leave-one-writer-out figures refit it once per writer and take minutes.
        File.WriteAllText(outputFile, model.ToJson() + Environment.NewLine);
        output.WriteLine(model.Note);
        output.WriteLine($"written: {outputFile}");
        output.Flush();
        foreach (var line in SafetyCalibration.LeaveOneWriterOut(train, development))
        {
            output.WriteLine(line);
            output.Flush();
        }

        return 0;
    }

    private static List<SafetySample>? Read(string directory, string[] files, TextWriter error)
    {
        var rows = new List<SafetySample>();
        foreach (var file in files.Select(f => Path.Combine(directory, f)))
        {
            if (!File.Exists(file))
            {
                error.WriteLine($"error: no such file: {file}");
                return null;
            }

            var (parsed, problems) = SafetyEvaluation.Parse(File.ReadAllText(file));
            problems.ForEach(p => error.WriteLine($"{file}: {p}"));
            rows.AddRange(parsed);
        }

        return rows;
    }
}
