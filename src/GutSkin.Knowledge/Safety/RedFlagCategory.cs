namespace GutSkin.Knowledge.Safety;

/// <summary>
/// The red-flag categories, each following public triage guidance on when to call an emergency number or go to an
/// emergency department (see <c>Safety/README.md</c> for the list and its sources). The ids are part of the
/// <c>ask --json</c> contract and of the labelled safety set.
/// </summary>
public static class RedFlagCategory
{
    /// <summary>Chest pain, pressure or tightness; heart attack signs.</summary>
    public const string ChestHeart = "chest-heart";

    /// <summary>Face drooping, arm weakness, slurred speech, sudden vision loss or the worst headache ever.</summary>
    public const string Stroke = "stroke";

    /// <summary>Cannot breathe, gasping, choking, blue lips.</summary>
    public const string Breathing = "breathing";

    /// <summary>Swelling of the lips, tongue or throat; anaphylaxis.</summary>
    public const string AllergicReaction = "allergic-reaction";

    /// <summary>Bleeding that will not stop, or a lot of it.</summary>
    public const string HeavyBleeding = "heavy-bleeding";

    /// <summary>Bleeding, severe pain, waters breaking early or fewer movements in pregnancy.</summary>
    public const string Pregnancy = "pregnancy";

    /// <summary>A head injury with vomiting, drowsiness, confusion or lost consciousness.</summary>
    public const string HeadInjury = "head-injury";

    /// <summary>A seizure or fit happening now.</summary>
    public const string Seizure = "seizure";

    /// <summary>Collapse, fainting, unconsciousness or sudden confusion.</summary>
    public const string ConfusionCollapse = "confusion-collapse";

    /// <summary>An overdose, poison, chemicals, button batteries or magnets swallowed.</summary>
    public const string PoisoningOverdose = "poisoning-overdose";

    /// <summary>Severe or large burns, chemical burns, electric shock.</summary>
    public const string BurnsShock = "burns-shock";

    /// <summary>Sepsis and meningitis signs: a rash that does not fade, stiff neck, mottled skin, feeling extremely ill.</summary>
    public const string SepsisMeningitis = "sepsis-meningitis";

    /// <summary>A very unwell baby or child: fever under 3 months, floppy, not feeding, hard to wake.</summary>
    public const string UnwellChild = "unwell-child";

    /// <summary>Sudden severe abdominal pain or testicular pain.</summary>
    public const string AbdominalTesticular = "abdominal-testicular";

    /// <summary>Vomiting blood, black or tarry stools.</summary>
    public const string GiBleeding = "gi-bleeding";

    /// <summary>A blood clot (a swollen, painful leg) or a cold, pale, painful limb.</summary>
    public const string ClotLimb = "clot-limb";

    /// <summary>Suicidal thoughts or self-harm: the crisis line as well as the emergency number.</summary>
    public const string SelfHarm = "self-harm";

    /// <summary>A skin infection spreading fast, or with fever.</summary>
    public const string SkinInfection = "skin-infection";

    /// <summary>Every category id, in the order of the README's table.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        ChestHeart, Stroke, Breathing, AllergicReaction, HeavyBleeding, Pregnancy, HeadInjury, Seizure, ConfusionCollapse,
        PoisoningOverdose, BurnsShock, SepsisMeningitis, UnwellChild, AbdominalTesticular, GiBleeding, ClotLimb, SelfHarm,
        SkinInfection,
    ];
}
