namespace GutSkin.Data;

/// <summary>One storage provider's database and the stores over it; chosen once from <see cref="DataOptions"/>.</summary>
internal interface IStorageBackend : IDisposable
{
    /// <summary>Creates or migrates the schema; does nothing after the first success.</summary>
    /// <param name="cancellationToken">Cancels the initialisation.</param>
    Task InitializeAsync(CancellationToken cancellationToken);

    /// <summary>Creates the bot state store.</summary>
    /// <returns>The store.</returns>
    IStateStore CreateStateStore();

    /// <summary>Creates the lead store.</summary>
    /// <returns>The store.</returns>
    ILeadStore CreateLeadStore();

    /// <summary>Creates the feedback store.</summary>
    /// <returns>The store.</returns>
    IFeedbackStore CreateFeedbackStore();

    /// <summary>Creates the unanswered question store.</summary>
    /// <returns>The store.</returns>
    IUnansweredQuestionStore CreateUnansweredQuestionStore();

    /// <summary>Creates the turn analytics store.</summary>
    /// <returns>The store.</returns>
    ITurnEventStore CreateTurnEventStore();

    /// <summary>Creates the store of signups waiting for e-mail confirmation.</summary>
    /// <returns>The store.</returns>
    ISignupRequestStore CreateSignupRequestStore();

    /// <summary>Creates the store of "did you mean" choices.</summary>
    /// <returns>The store.</returns>
    IChosenAlternativeStore CreateChosenAlternativeStore();

    /// <summary>Creates the dashboard's read-only queries.</summary>
    /// <returns>The store.</returns>
    IDashboardStore CreateDashboardStore();
}
