namespace GutSkin.Data;

/// <summary>What <see cref="ISignupRequestStore.ConfirmAsync"/> did.</summary>
public enum SignupConfirmation
{
    /// <summary>The lead was stored in <c>leads</c> and the request marked as used, together.</summary>
    Confirmed,

    /// <summary>The request had been confirmed before: nothing changed.</summary>
    AlreadyConfirmed,

    /// <summary>The address already has a confirmed lead for the offer (one trial per address): nothing changed.</summary>
    AlreadySignedUp,

    /// <summary>The link's time ran out before it was confirmed: nothing changed.</summary>
    Expired,

    /// <summary>No such request: it was deleted (by the visitor, staff or retention) or the token does not match.</summary>
    NotFound,
}
