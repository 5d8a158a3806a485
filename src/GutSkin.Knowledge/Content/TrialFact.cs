namespace GutSkin.Knowledge.Content;

/// <summary>The questions about the trial itself that content staff answer under <c>trial: facts:</c> in <c>offers.yml</c>.</summary>
public static class TrialFact
{
    /// <summary>What the trial costs.</summary>
    public const string Price = "price";

    /// <summary>What Life Greens is.</summary>
    public const string Product = "product";

    /// <summary>How long delivery takes.</summary>
    public const string Delivery = "delivery";

    /// <summary>Who can apply.</summary>
    public const string Eligibility = "eligibility";

    /// <summary>How to cancel or stop.</summary>
    public const string Cancel = "cancel";

    /// <summary>Every fact name, as written in the file.</summary>
    public static readonly IReadOnlyList<string> All = [Price, Product, Delivery, Eligibility, Cancel];
}
