using System.ComponentModel.DataAnnotations;

namespace GutSkin.Bot.Conversation;

/// <summary>The brand's own details the bot gives out (section <c>Brand</c>).</summary>
internal sealed class BrandOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Brand";

    /// <summary>How a visitor reaches a person at the brand, as one sentence ("Email care@brand.com or call ...").</summary>
    [Required(ErrorMessage = "Brand:Contact must say how visitors reach a person at the brand.")]
    public string Contact { get; set; } = string.Empty;
}
