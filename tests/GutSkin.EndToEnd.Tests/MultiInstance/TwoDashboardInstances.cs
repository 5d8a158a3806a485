namespace GutSkin.EndToEnd.Tests.MultiInstance;

/// <summary>Two bot instances on one PostgreSQL database with the staff dashboard on (the same admin key on both).</summary>
public sealed class TwoDashboardInstances() : TwoBotInstances(new Dictionary<string, string> { ["Admin__ApiKey"] = AdminKey })
{
    /// <summary>The admin key both instances are started with.</summary>
    public const string AdminKey = "e2e-two-dashboards-key-0123456789";
}
