namespace GutSkin.Data;

/// <summary>Who asked for a deletion recorded in the deletion log.</summary>
public enum DeletionRequester
{
    /// <summary>The visitor, with "delete my data" in a conversation.</summary>
    Visitor,

    /// <summary>Staff, on a request by email (<c>leads delete --email</c>).</summary>
    Staff,

    /// <summary>The owner of the address, with the deletion link the bot emailed them.</summary>
    EmailLink,
}
