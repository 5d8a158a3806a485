namespace GutSkin.Data;

/// <summary>How many leads were first stored on one UTC day, and how many of them agreed to marketing messages.</summary>
/// <param name="Day">The UTC day.</param>
/// <param name="Signups">Leads first stored that day.</param>
/// <param name="MarketingConsents">Of those, the leads with marketing consent.</param>
public sealed record SignupDay(DateOnly Day, int Signups, int MarketingConsents);
