using System.Text.Json;
using GutSkin.Data.Leads;

namespace GutSkin.Data.SignupRequests;

/// <summary>A pending request's lead as JSON, the same for every storage provider: the lead is stored whole, so a new
/// lead field needs no new column here.</summary>
internal static class SignupRequestJson
{
    /// <summary>The lead as JSON, with its address normalised.</summary>
    public static string Write(Lead lead) => JsonSerializer.Serialize(lead with { Email = LeadEmail.Normalize(lead.Email) });

    /// <summary>The lead read back.</summary>
    public static Lead Read(string json) =>
        JsonSerializer.Deserialize<Lead>(json) ?? throw new InvalidDataException("A signup request holds no lead.");
}
