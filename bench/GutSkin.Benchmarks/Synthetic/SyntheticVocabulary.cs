namespace GutSkin.Benchmarks.Synthetic;

/// <summary>
/// The words generated sections are built from: the article's own topics (so that the benchmark
/// questions hit many passages, the expensive case) plus neighbouring health topics and surnames
/// (so that the vocabulary and the term dictionary are not trivially small).
/// </summary>
internal static class SyntheticVocabulary
{
    public static readonly string[] Conditions =
    [
        "eczema", "psoriasis", "acne", "rosacea", "dermatitis", "atopic dermatitis", "seborrheic dermatitis", "hives",
        "vitiligo", "alopecia", "lupus", "scleroderma", "dry skin", "sensitive skin", "contact dermatitis",
        "hidradenitis suppurativa", "keratosis pilaris", "melasma", "perioral dermatitis", "urticaria",
    ];

    public static readonly string[] GutTerms =
    [
        "gut health", "the gut microbiome", "gut bacteria", "gut flora", "the gut lining", "the intestinal barrier",
        "digestive health", "beneficial bacteria", "lactobacillus strains", "bifidobacterium strains",
        "short chain fatty acids", "microbial diversity", "a leaky gut", "regular digestion", "the microbiota",
        "butyrate production", "intestinal permeability", "the small intestine", "the colon", "bacterial balance",
    ];

    public static readonly string[] Foods =
    [
        "kefir", "yogurt", "sauerkraut", "kimchi", "miso", "tempeh", "kombucha", "oats", "lentils", "chickpeas",
        "leafy greens", "broccoli", "berries", "olive oil", "salmon", "sardines", "flaxseed", "chia seeds", "garlic",
        "onions", "leeks", "bananas", "asparagus", "bone broth", "green tea", "turmeric", "ginger", "almonds",
        "walnuts", "avocado", "sweet potatoes", "beans", "barley", "artichokes", "pumpkin seeds", "spinach",
    ];

    public static readonly string[] Nutrients =
    [
        "fiber", "omega-3 fatty acids", "vitamin D", "zinc", "vitamin A", "polyphenols", "prebiotics", "probiotics",
        "antioxidants", "selenium", "vitamin C", "collagen", "magnesium", "vitamin E", "resistant starch",
        "glutamine", "carotenoids", "flavonoids",
    ];

    public static readonly string[] Triggers =
    [
        "sugar", "processed foods", "alcohol", "fried food", "refined carbohydrates", "dairy", "artificial sweeteners",
        "smoking", "saturated fats", "harsh soaps", "hot showers", "ultra-processed snacks", "sugary drinks",
        "late-night eating", "fragranced lotions",
    ];

    public static readonly string[] Symptoms =
    [
        "itching", "redness", "dryness", "flaking", "scaly patches", "inflammation", "breakouts", "red bumps",
        "irritation", "rough texture", "dark spots", "cracked skin", "burning sensations", "oily patches", "flushing",
    ];

    public static readonly string[] Lifestyle =
    [
        "sleep", "exercise", "meditation", "stress", "hydration", "sun exposure", "walking outdoors", "yoga",
        "regular meals", "mindful eating", "breathing exercises", "a consistent routine", "time in nature",
    ];

    public static readonly string[] Populations =
    [
        "children", "adults", "teenagers", "older adults", "people", "patients", "participants", "women", "men",
        "athletes", "office workers", "new parents", "students", "twins",
    ];

    public static readonly string[] Mechanisms =
    [
        "the immune system", "the bloodstream", "immune signalling", "inflammatory pathways", "the skin barrier",
        "hormone levels", "nutrient absorption", "the gut-skin axis", "the nervous system", "metabolic byproducts",
        "histamine release", "oxidative stress",
    ];

    public static readonly string[] Adjectives =
    [
        "chronic", "common", "mild", "severe", "persistent", "recurring", "complex", "inflammatory", "autoimmune",
        "stubborn", "frustrating", "widespread", "seasonal", "long-term",
    ];

    public static readonly string[] Supports =
    [
        "support", "strengthen", "calm", "balance", "restore", "nourish", "protect", "soothe", "replenish", "stabilise",
    ];

    public static readonly string[] Harms = ["weaken", "disrupt", "irritate", "inflame", "unsettle", "damage", "deplete"];

    public static readonly string[] Changes =
    [
        "fewer beneficial bacteria", "lower microbial diversity", "higher levels of inflammation",
        "more harmful bacteria", "reduced short chain fatty acids", "a thinner gut lining", "more intestinal permeability",
    ];

    public static readonly string[] Studies =
    [
        "study", "trial", "review", "survey", "pilot study", "randomised trial", "observational study", "cohort study",
        "meta-analysis",
    ];

    public static readonly string[] Durations =
    [
        "four weeks", "eight weeks", "twelve weeks", "three months", "six months", "a year", "two years",
    ];

    public static readonly string[] Hedges = ["may", "might", "can", "could", "appears to", "seems to"];

    public static readonly string[] Findings = ["encouraging", "mixed", "promising", "modest", "limited", "consistent"];

    public static readonly string[] Surnames =
    [
        "Okafor", "Lindqvist", "Moreau", "Tanaka", "Hollis", "Brennan", "Kowalski", "Ferreira", "Nakamura", "Adeyemi",
        "Castellano", "Whitfield", "Rasmussen", "Petrov", "Haddad", "Iverson", "Delacroix", "Mbeki", "Sorensen",
        "Vasquez", "Takahashi", "Oyelaran", "Galloway", "Richter", "Abernathy", "Kaminski", "Novak", "Ellwood",
        "Marchetti", "Yilmaz", "Carvalho", "Lindgren", "Obi", "Pemberton", "Zhou", "Ashworth", "Bergstrom",
        "Chaudhry", "Duvall", "Espinoza",
    ];
}
