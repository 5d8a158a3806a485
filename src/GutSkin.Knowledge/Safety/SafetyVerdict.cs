namespace GutSkin.Knowledge.Safety;

/// <summary>What the safety screen decided before any retrieval.</summary>
public enum SafetyVerdict
{
    /// <summary>Nothing stands in the way of answering from the knowledge.</summary>
    Clear,

    /// <summary>A red flag: only an urgent-care message may be sent.</summary>
    Urgent,

    /// <summary>Doses, medicines, pregnancy or babies: refer to a clinician instead of answering.</summary>
    ClinicianReferral,
}
