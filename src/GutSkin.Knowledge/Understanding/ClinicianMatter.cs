namespace GutSkin.Knowledge.Understanding;

/// <summary>
/// Something a conversation raised that makes a later "can he have it?" a question for a clinician: the product answers
/// no question about medicines, pregnancy, breastfeeding or what to give a child.
/// </summary>
[Flags]
public enum ClinicianMatter
{
    /// <summary>Nothing raised.</summary>
    None = 0,

    /// <summary>Someone takes a medicine ("my husband is on methotrexate").</summary>
    Medicine = 1,

    /// <summary>A pregnancy, or trying for one.</summary>
    Pregnancy = 2,

    /// <summary>Breastfeeding.</summary>
    Breastfeeding = 4,

    /// <summary>A baby or a child ("my 2 year old", "she's 7").</summary>
    Child = 8,

    /// <summary>A baby or a child of four or under ("my 2 year old", "he's 18 months"), raised with <see cref="Child"/>.</summary>
    YoungChild = 16,
}
