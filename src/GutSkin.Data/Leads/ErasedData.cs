namespace GutSkin.Data;

/// <summary>What <see cref="EmailErasure"/> deleted: counts only.</summary>
/// <param name="Leads">Leads stored under the address.</param>
/// <param name="PendingSignups">Signups still waiting for email confirmation.</param>
/// <param name="Feedback">Feedback entries of the users who signed up with it.</param>
/// <param name="UnansweredQuestions">Unanswered questions of those users.</param>
public sealed record ErasedData(int Leads, int PendingSignups, int Feedback, int UnansweredQuestions);
