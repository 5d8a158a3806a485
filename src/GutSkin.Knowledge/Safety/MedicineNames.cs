namespace GutSkin.Knowledge.Safety;

/// <summary>
/// The medicines a visitor may say someone takes, by kind or by name: one list for the one-message screen and for what a
/// conversation remembers, so that a medicine referred in one message still counts in the next turn.
/// </summary>
internal static class MedicineNames
{
    /// <summary>A regular-expression alternation of the names, without a group or word boundaries, on normalised text.</summary>
    public const string Pattern =
        @"medicat\w*|medicines?|meds|prescri\w*|steroids?|corticosteroids?|cortisone|hydrocortisone|betamethasone|clobetasol|mometasone|prednisone|prednisolone|"
        + @"biologics?|methotrexate|cyclosporine|ciclosporin|dupixent|dupilumab|humira|adalimumab|stelara|ustekinumab|cosentyx|secukinumab|skyrizi|risankizumab|tremfya|taltz|otezla|apremilast|"
        + @"tacrolimus|protopic|elidel|pimecrolimus|isotretinoin|roaccutane|accutane|spironolactone|immunosuppress\w*|hydroxychloroquine|plaquenil|"
        + @"antibiotics?|amoxicillin|doxycycline|penicillin|antihistamines?|cetirizine|loratadine|antidepressants?|ssris?|sertraline|fluoxetine|"
        + @"warfarin|blood thinners?|anticoagulants?|apixaban|rivaroxaban|clopidogrel|metformin|insulin|levothyroxine|thyroxine|statins?|hrt|hormone replacement|"
        + @"omeprazole|lansoprazole|esomeprazole|ppis?|the pill|(mini|contraceptive|birth control) pill|contracepti\w*|chemo\w*|injections?|"
        // Prescription skin creams by brand, other immune-suppressing and JAK medicines, and the long-term medicines of
        // epilepsy, dementia and bowel disease that a visitor names for someone they look after.
        + @"eumovate|clobetasone|betnovate|dermovate|elocon|fucidin|fucibet|fusidic|trimovate|daktacort|calcipotriol|dovobet|enstilar|tretinoin|"
        + @"azathioprine|imuran|mycophenolate|acitretin|neotigason|jak inhibitors?|upadacitinib|rinvoq|abrocitinib|cibinqo|baricitinib|olumiant|tofacitinib|"
        + @"infliximab|etanercept|enbrel|tralokinumab|adtralza|lebrikizumab|bimekizumab|bimzelx|guselkumab|certolizumab|deucravacitinib|sotyktu|ruxolitinib|opzelura|crisaborole|"
        + @"minocycline|lymecycline|tetracyclines?|clarithromycin|erythromycin|metronidazole|epilim|valproate|lamotrigine|levetiracetam|keppra|carbamazepine|"
        + @"donepezil|mesalazine|mesalamine|budesonide|sulfasalazine";
}
