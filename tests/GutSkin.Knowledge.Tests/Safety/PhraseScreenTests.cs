using GutSkin.Knowledge.Safety;

namespace GutSkin.Knowledge.Tests.Safety;

/// <summary>The phrase rules, one family at a time, and the context that makes a match count or not.</summary>
public sealed class PhraseScreenTests
{
    [Theory]
    [InlineData("I've had crushing chest pain for twenty minutes and I'm sweating", RedFlagCategory.ChestHeart)]
    [InlineData("there's a heavy pressure in my chest going down my left arm", RedFlagCategory.ChestHeart)]
    [InlineData("my husband's face is drooping on one side and his speech is slurred", RedFlagCategory.Stroke)]
    [InlineData("suddenly I can't lift my right arm", RedFlagCategory.Stroke)]
    [InlineData("I can't catch my breath and my lips are turning blue", RedFlagCategory.Breathing)]
    [InlineData("my tongue and throat are swelling after eating peanuts", RedFlagCategory.AllergicReaction)]
    [InlineData("the cut on my leg won't stop bleeding, blood is soaking through towels", RedFlagCategory.HeavyBleeding)]
    [InlineData("I'm 9 weeks pregnant and I've started bleeding with cramps", RedFlagCategory.Pregnancy)]
    [InlineData("my son fell off the trampoline, hit his head and has been sick twice", RedFlagCategory.HeadInjury)]
    [InlineData("my wife is having a seizure right now", RedFlagCategory.Seizure)]
    [InlineData("my mum collapsed in the kitchen and isn't making sense", RedFlagCategory.ConfusionCollapse)]
    [InlineData("my toddler swallowed a button battery", RedFlagCategory.PoisoningOverdose)]
    [InlineData("I took too many paracetamol tablets last night", RedFlagCategory.PoisoningOverdose)]
    [InlineData("I got an electric shock from a socket and my hand is numb", RedFlagCategory.BurnsShock)]
    [InlineData("he has a rash that doesn't fade when I press a glass on it", RedFlagCategory.SepsisMeningitis)]
    [InlineData("high fever, stiff neck and the light hurts my eyes", RedFlagCategory.SepsisMeningitis)]
    [InlineData("my 6 week old baby has a temperature of 38.4", RedFlagCategory.UnwellChild)]
    [InlineData("my baby is floppy and won't feed", RedFlagCategory.UnwellChild)]
    [InlineData("sudden severe stomach pain, I can't stand up", RedFlagCategory.AbdominalTesticular)]
    [InlineData("my testicle is suddenly really painful and swollen", RedFlagCategory.AbdominalTesticular)]
    [InlineData("I've been vomiting blood this morning", RedFlagCategory.GiBleeding)]
    [InlineData("my poo has been black and tarry for two days", RedFlagCategory.GiBleeding)]
    [InlineData("my calf is swollen, red and painful after the long flight", RedFlagCategory.ClotLimb)]
    [InlineData("I keep thinking about ending my life", RedFlagCategory.SelfHarm)]
    [InlineData("honestly everyone would be better off without me", RedFlagCategory.SelfHarm)]
    [InlineData("the red area round the bite is spreading fast and I have a fever", RedFlagCategory.SkinInfection)]
    [InlineData("there are red streaks going up my arm from the infected patch", RedFlagCategory.SkinInfection)]
    [InlineData("my mum is on warfarin and banged her head on the door frame", RedFlagCategory.HeadInjury)]
    [InlineData("my son took a knee to the head in rugby and now he's really groggy", RedFlagCategory.HeadInjury)]
    [InlineData("he hit his head on the table and is drowsy", RedFlagCategory.HeadInjury)]
    [InlineData("my son has had pain in his balls since this morning", RedFlagCategory.AbdominalTesticular)]
    [InlineData("a sharp stabbing pain came on suddenly in my belly and I can't straighten up", RedFlagCategory.AbdominalTesticular)]
    [InlineData("the remote's battery is missing and I think she swallowed it", RedFlagCategory.PoisoningOverdose)]
    [InlineData("my dad took his heart tablets twice by mistake", RedFlagCategory.PoisoningOverdose)]
    [InlineData("our toddler got into the medicine cabinet", RedFlagCategory.PoisoningOverdose)]
    [InlineData("my husband is diabetic and he's confused and acting drunk", RedFlagCategory.ConfusionCollapse)]
    [InlineData("she can't tell me what year it is", RedFlagCategory.ConfusionCollapse)]
    [InlineData("my brother has epilepsy and this fit has been going for over ten minutes", RedFlagCategory.Seizure)]
    [InlineData("I'm on chemo and tonight I've got a temperature and the shivers", RedFlagCategory.SepsisMeningitis)]
    [InlineData("I found a goodbye note from my sister", RedFlagCategory.SelfHarm)]
    [InlineData("my teenager told me he's been cutting his wrists", RedFlagCategory.SelfHarm)]
    [InlineData("I want to go to sleep and not wake up", RedFlagCategory.SelfHarm)]
    [InlineData("my flatmate sent me a text saying thanks for everything, and now her phone is switched off", RedFlagCategory.SelfHarm)]
    [InlineData("I've worked out how I'd do it, my skin is the least of it", RedFlagCategory.SelfHarm)]
    [InlineData("my son says he wants to be dead and he's locked his door", RedFlagCategory.SelfHarm)]
    [InlineData("I keep thinking about jumping off the multistorey near work", RedFlagCategory.SelfHarm)]
    [InlineData("the wound keeps bleeding through every plaster", RedFlagCategory.HeavyBleeding)]
    [InlineData("my uncle brought up a lot of dark red blood", RedFlagCategory.GiBleeding)]
    [InlineData("my 3 week old has refused two feeds and is very quiet", RedFlagCategory.UnwellChild)]
    [InlineData("I was stung by a wasp and my voice has gone hoarse", RedFlagCategory.AllergicReaction)]
    [InlineData("sometimes I think about killing myself", RedFlagCategory.SelfHarm)]
    [InlineData("my brother took all his sleeping pills on purpose", RedFlagCategory.SelfHarm)]
    [InlineData("I'm 30 weeks and the contractions are coming every five minutes", RedFlagCategory.Pregnancy)]
    [InlineData("I got splashed with drain cleaner and my hand is blistering", RedFlagCategory.BurnsShock)]
    [InlineData("he has dark spots on his legs that don't fade when I press a glass on them", RedFlagCategory.SepsisMeningitis)]
    [InlineData("I've got the tablets lined up and I'm going to take them all", RedFlagCategory.SelfHarm)]
    [InlineData("my lips are puffing up and I'm struggling to swallow", RedFlagCategory.AllergicReaction)]
    [InlineData("my epilepsy is usually well controlled, my husband says I had a seizure this morning", RedFlagCategory.Seizure)]
    [InlineData("my fits are well controlled, my wife says I had a long one this morning and I didn't come round properly in between", RedFlagCategory.Seizure)]
    [InlineData("did the glass test on her spots and they're still there", RedFlagCategory.SepsisMeningitis)]
    [InlineData("I've been pressing on the cut for twenty minutes and it's still dripping", RedFlagCategory.HeavyBleeding)]
    [InlineData("my daughter's lips look bluish and she isn't responding to me", RedFlagCategory.UnwellChild)]
    [InlineData("I'm pregnant and doubled over with pain on one side", RedFlagCategory.Pregnancy)]
    [InlineData("I'm going to step in front of a bus tonight", RedFlagCategory.SelfHarm)]
    [InlineData("my daughter says she has a plan to end her life tonight", RedFlagCategory.SelfHarm)]
    [InlineData("he chucked up a load of blood after dinner", RedFlagCategory.GiBleeding)]
    [InlineData("woke with agony in my right testicle", RedFlagCategory.AbdominalTesticular)]
    [InlineData("the pain in my lower right belly is so bad I can't stand up", RedFlagCategory.AbdominalTesticular)]
    [InlineData("only half of his face moves when he smiles", RedFlagCategory.Stroke)]
    [InlineData("my toddler has refused all fluids since yesterday and is listless", RedFlagCategory.UnwellChild)]
    [InlineData("my grandson is 2 and he's gone limp and floppy", RedFlagCategory.UnwellChild)]
    [InlineData("we were stuck in the smoke and now my husband is hoarse and coughing up soot", RedFlagCategory.BurnsShock)]
    [InlineData("I knocked a pan of boiling soup over my arm and it's blistering", RedFlagCategory.BurnsShock)]
    [InlineData("my son bit into a dishwasher tablet", RedFlagCategory.PoisoningOverdose)]
    [InlineData("thirty two weeks and the baby has hardly moved today", RedFlagCategory.Pregnancy)]
    [InlineData("my colleague has been jerking on the floor for over five minutes", RedFlagCategory.Seizure)]
    [InlineData("my chest has felt crushed since I got up", RedFlagCategory.ChestHeart)]
    [InlineData("he struck his head on the shelf an hour ago and has been sick since", RedFlagCategory.HeadInjury)]
    [InlineData("my flatmate headbutted the door frame and now he keeps throwing up", RedFlagCategory.HeadInjury)]
    [InlineData("she's on apixaban, slipped on the icy front steps and banged the side of her head", RedFlagCategory.HeadInjury)]
    [InlineData("my son's fitting on the kitchen floor", RedFlagCategory.Seizure)]
    [InlineData("I can barely rouse him, he just mumbles", RedFlagCategory.ConfusionCollapse)]
    [InlineData("I've been cutting again tonight", RedFlagCategory.SelfHarm)]
    [InlineData("30w, bleeding and cramping since this morning", RedFlagCategory.Pregnancy)]
    [InlineData("36 weeks pregnant with a splitting headache and flashing lights", RedFlagCategory.Pregnancy)]
    [InlineData("my daughter's tummy ache came on all of a sudden and she won't let me touch it", RedFlagCategory.AbdominalTesticular)]
    [InlineData("terrible pain in my stomach that goes through to my back", RedFlagCategory.AbdominalTesticular)]
    [InlineData("his left ball is killing him", RedFlagCategory.AbdominalTesticular)]
    [InlineData("spilled boiling water on my hand and the skin has gone white and leathery", RedFlagCategory.BurnsShock)]
    [InlineData("he burned both palms on the grill", RedFlagCategory.BurnsShock)]
    [InlineData("I'm writing about my father, who has burned both arms badly in a kitchen fire", RedFlagCategory.BurnsShock)]
    [InlineData("it's pure blood in the toilet now and I'm dizzy", RedFlagCategory.GiBleeding)]
    [InlineData("my mouth keeps filling up with blood since the extraction", RedFlagCategory.HeavyBleeding)]
    [InlineData("I drank half the bottle of the herbal tonic and now I'm vomiting", RedFlagCategory.PoisoningOverdose)]
    [InlineData("the kettle tipped over his foot and big blisters are coming up all over it", RedFlagCategory.BurnsShock)]
    [InlineData("she pulled the soup pan down on herself and the skin on her arm is peeling off in sheets", RedFlagCategory.BurnsShock)]
    [InlineData("the bonfire flared up at him and his hands are red raw", RedFlagCategory.BurnsShock)]
    [InlineData("my brother has been keeping his lithium in a jar instead of taking it", RedFlagCategory.SelfHarm)]
    [InlineData("there's a shoebox of painkillers under my bed now and I know what they're for", RedFlagCategory.SelfHarm)]
    [InlineData("please pass the eczema cream on to my sister, I won't be around after Saturday", RedFlagCategory.SelfHarm)]
    [InlineData("most nights I lie down hoping I won't wake up", RedFlagCategory.SelfHarm)]
    [InlineData("I'm on the pier and I keep thinking how easy it would be to let go", RedFlagCategory.SelfHarm)]
    [InlineData("she's been standing near the edge of the quarry for an hour", RedFlagCategory.SelfHarm)]
    [InlineData("he's cutting into his thighs with a razor again tonight", RedFlagCategory.SelfHarm)]
    public void Category_RedFlag_IsFoundWithItsCategory(string message, string category)
    {
        Assert.Equal(category, PhraseScreen.Category(message));
    }

    [Theory]
    [InlineData("dolor en el pecho desde hace una hora", RedFlagCategory.ChestHeart)]
    [InlineData("no puedo respirar bien", RedFlagCategory.Breathing)]
    [InlineData("me quiero morir, ya no aguanto", RedFlagCategory.SelfHarm)]
    [InlineData("se me está hinchando la lengua", RedFlagCategory.AllergicReaction)]
    [InlineData("estoy embarazada de 10 semanas y estoy sangrando", RedFlagCategory.Pregnancy)]
    [InlineData("mi padre tiene la cara caída y no puede hablar", RedFlagCategory.Stroke)]
    [InlineData("mi hijo se tragó una pila", RedFlagCategory.PoisoningOverdose)]
    public void Category_SpanishRedFlag_IsFound(string message, string category)
    {
        Assert.Equal(category, PhraseScreen.Category(message));
    }

    [Theory]
    [InlineData("no chest pain, just itchy eczema on my arms")]
    [InlineData("I'm not having any trouble breathing, it's only the rash")]
    [InlineData("pregnant and thankfully no bleeding, can I use coconut oil on my eczema")]
    [InlineData("no tengo dolor en el pecho, solo picor")]
    public void Category_Negated_IsNotARedFlag(string message)
    {
        Assert.Null(PhraseScreen.Category(message));
    }

    [Theory]
    [InlineData("I had a seizure as a kid, could that be linked to my psoriasis")]
    [InlineData("two years ago I had a blood clot in my leg, now my skin is dry")]
    [InlineData("I passed out once in 2019, does gut health affect eczema")]
    [InlineData("when I was 16 I went through a bad patch and self harmed, does scarring fade with probiotics")]
    [InlineData("I had my appendix out in my twenties, does that change gut bacteria")]
    [InlineData("I had a seizure a long time ago, can I try the juice")]
    [InlineData("I passed out at a concert in the 90s, is that relevant to my gut")]
    [InlineData("I had a panic attack last month, thought it was a heart attack, can stress flare eczema")]
    public void Category_DistantPast_IsNotARedFlag(string message)
    {
        Assert.Null(PhraseScreen.Category(message));
    }

    [Theory]
    [InlineData("my dad had a stroke, is eczema hereditary")]
    [InlineData("my grandmother died of a heart attack, should I worry about inflammation")]
    [InlineData("my gran is in hospital recovering from a stroke")]
    [InlineData("a friend fainted at work on friday, the paramedics checked her over and said she was fine")]
    [InlineData("we lost my grandad to a heart attack, is inflammation hereditary")]
    public void Category_SomeoneElsesHistory_IsNotARedFlag(string message)
    {
        Assert.Null(PhraseScreen.Category(message));
    }

    [Fact]
    public void Category_SomeoneElseNow_IsARedFlag()
    {
        Assert.Equal(RedFlagCategory.Stroke, PhraseScreen.Category("my dad just had a stroke, his face is drooping"));
    }

    [Fact]
    public void Category_PastThenNow_JudgesTheClauseThatIsNow()
    {
        Assert.Equal(RedFlagCategory.Breathing, PhraseScreen.Category("years ago I had eczema herpeticum, but now I can't breathe properly"));
    }

    [Theory]
    [InlineData("what are the signs of a stroke")]
    [InlineData("can gut problems cause seizures")]
    [InlineData("is chest acne linked to gut health")]
    [InlineData("I read about the gut-brain axis, are there studies on gut bacteria and seizures")]
    [InlineData("what should I do if someone has a seizure in front of me")]
    [InlineData("how can I tell if a rash is meningitis")]
    [InlineData("out of curiosity, at what point does a bad infection turn into sepsis?")]
    [InlineData("eczema herpeticum photos")]
    [InlineData("how would I know the difference between hives and anaphylaxis")]
    [InlineData("flying to Australia next month, how can I lower my risk of a DVT on the plane")]
    public void Category_GeneralQuestion_IsNotARedFlag(string message)
    {
        Assert.Null(PhraseScreen.Category(message));
    }

    [Theory]
    [InlineData("this itch is killing me")]
    [InlineData("I nearly had a heart attack when I saw the price")]
    [InlineData("I could die of embarrassment with this rash on my face")]
    [InlineData("I can't breathe through my nose at night, is that gut related")]
    [InlineData("I had food poisoning last month and my gut hasn't been right since")]
    [InlineData("my teenager's driving is going to give me a heart attack")]
    [InlineData("I'm choking on the cost of creams, is the juice cheaper")]
    [InlineData("I almost fainted when I saw the bill for my skin cream")]
    [InlineData("suicide squad is my favourite film, anyway is the trial free")]
    [InlineData("had a fit of giggles and couldn't breathe")]
    [InlineData("I'm so confused by all the advice on probiotics")]
    [InlineData("my sister nearly fainted when she saw the photos of my eczema")]
    [InlineData("I almost collapsed with relief when my rash finally cleared")]
    [InlineData("I got a shock off a static fleece again, does polyester make eczema worse")]
    [InlineData("my neck is stiff from sleeping funny on the train, does magnesium help")]
    [InlineData("I overdosed on chocolate over the weekend and my chin broke out")]
    [InlineData("I'm anaemic and on tablets from the GP, my poo has gone black but I feel well")]
    [InlineData("I'm killing myself at work to pay for these creams")]
    [InlineData("our dog overdosed on his chews again, anyway does fibre help eczema")]
    public void Category_FigureOfSpeech_IsNotARedFlag(string message)
    {
        Assert.Null(PhraseScreen.Category(message));
    }

    [Theory]
    [InlineData("my eczema bleeds a lot when I scratch it at night")]
    [InlineData("my poo went black after I started iron tablets")]
    [InlineData("I get bad stomach cramps and bloating after eating dairy")]
    [InlineData("my skin burns badly after this cream")]
    [InlineData("my heart skips a beat now and then, the GP called them ectopic beats")]
    [InlineData("I get a little short of breath when I'm nervous, could my gut be involved")]
    [InlineData("my chest feels tight when I'm stressed about work")]
    [InlineData("my lip is swollen after the dentist")]
    [InlineData("my grandmother gets confused with her dementia in the evenings")]
    [InlineData("my chest is a bit sore from a cold")]
    [InlineData("I got a static shock off the shopping trolley")]
    [InlineData("my wallet is haemorrhaging money on supplements")]
    [InlineData("I cut myself chopping onions, it stopped bleeding quickly")]
    [InlineData("I'm 28 weeks pregnant and have my blood tests tomorrow")]
    [InlineData("I've started ferrous fumarate and since then my stools are black, I feel fine")]
    [InlineData("I was in A&E with chest pain on Friday, it was a pulled muscle")]
    [InlineData("I no longer want to go on the elimination diet, is there an easier way to calm my gut")]
    [InlineData("I don't wish to carry on with the subscription after this month, how do I cancel")]
    [InlineData("thinking about jumping on the kefir bandwagon, is it worth it for acne")]
    [InlineData("how many tablets would it take to notice a change in my skin")]
    [InlineData("I've written my last note to the landlord about the damp, could mould make eczema worse")]
    [InlineData("tonight is when I stop eating sugar for a month, will my skin notice")]
    [InlineData("it would be easier for everyone if the app had a dark mode")]
    [InlineData("we put aside my dad's tablets for the pharmacy to collect, is the juice ok with statins")]
    [InlineData("I won't be around next week because of a work trip, can you hold my delivery")]
    [InlineData("my nan keeps joking she won't be here by Christmas, she's fit as a fiddle")]
    [InlineData("I hope I don't wake up with a flare tomorrow, the wedding is at noon")]
    [InlineData("I sat on the edge of the bath and the dizziness passed, is the juice ok with iron")]
    [InlineData("I know how easy it would be to make the juice at home, but is yours better")]
    [InlineData("keeping my tablets in a pill organiser helps, and I know what each one is for")]
    public void Category_HarmlessReading_IsNotARedFlag(string message)
    {
        Assert.Null(PhraseScreen.Category(message));
    }

    [Theory]
    [InlineData("we watched a documentary about stroke survivors, which foods help the brain?")]
    [InlineData("my cousin works in A&E and sees loads of overdoses, does the juice affect the liver?")]
    [InlineData("I had a clot in my leg in the spring, the scan showed it had gone")]
    [InlineData("did the glass test on his spots and they went white, his eczema is flaring")]
    [InlineData("I'm doing first aid training for seizures at work next week")]
    [InlineData("the torsion he had was fixed with surgery, now he has acne")]
    [InlineData("I'm planning a suicide prevention talk for my team, do you have anything on skin and mood")]
    [InlineData("I'm worried about getting a blood clot on my flight next week, does the juice thin the blood")]
    [InlineData("I read somewhere that gut bacteria can cause strokes, is that true")]
    [InlineData("the nurse asked me the usual questions about self-harm at my review, does isotretinoin affect the gut")]
    [InlineData("I had a little spotting at 8 weeks, the early pregnancy unit scanned me and all was fine, is kefir ok")]
    [InlineData("my sister's baby arrived early after some bleeding in pregnancy, they're both well now, does the juice help fertility")]
    [InlineData("I was knocked out playing rugby decades ago, could that affect my gut now")]
    [InlineData("I'm 11 weeks pregnant and had some spotting, the scan showed a healthy heartbeat, can I use retinol")]
    [InlineData("last week my chest felt tight with a cold, the cold has gone and so has the tightness")]
    [InlineData("his snoring sounds like choking but the sleep clinic checked him, does weight affect the gut")]
    [InlineData("when my son was 3 he had a febrile seizure with an ear infection, nothing since, are oat baths good for eczema")]
    public void Category_ATopicOrASettledPast_IsNotARedFlag(string message)
    {
        Assert.Null(PhraseScreen.Category(message));
    }

    [Theory]
    [InlineData("our drama group is rehearsing a play about a woman who takes an overdose, any tips for stage make-up on sensitive skin")]
    [InlineData("I'm reading a thriller in which the detective is poisoned with arsenic, could that really go unnoticed")]
    [InlineData("in the film last night the hero has a heart attack on a plane and a passenger saves him, is that realistic")]
    [InlineData("we had a work course today on spotting a stroke, does the juice help blood pressure")]
    [InlineData("how would I spot sepsis in an older person? my gran lives alone")]
    [InlineData("my daughter had a febrile seizure at 14 months, she's 6 now and has never had another")]
    [InlineData("I took an overdose at 18, I'm 41 now and well, can I take probiotics with my antidepressant")]
    [InlineData("I had a month's worth of probiotic tablets together with my multivitamin, did it help my skin?")]
    [InlineData("I've taken a week of antihistamine tablets for the itch, is it ok to start the juice?")]
    [InlineData("my dad's face drooped on one side on Monday, the GP saw him the same day and said it's Bell's palsy, is the juice ok with steroids")]
    public void Category_AStoryACourseOrASignSeenSince_IsNotARedFlag(string message)
    {
        Assert.Null(PhraseScreen.Category(message));
    }

    [Theory]
    [InlineData("drew round the redness like the pharmacist said, it's spread past the line and I've got a fever now", RedFlagCategory.SkinInfection)]
    [InlineData("we were at the soft play centre and he's swallowed a button battery", RedFlagCategory.PoisoningOverdose)]
    [InlineData("how do I know if it's a stroke? her face is drooping on one side and her speech is slurred", RedFlagCategory.Stroke)]
    [InlineData("the GP saw her yesterday about the rash but she's still got a fever and the rash is spreading fast", RedFlagCategory.SkinInfection)]
    [InlineData("at 30 weeks pregnant I'm bleeding heavily, I'm 28 and this is my first", RedFlagCategory.Pregnancy)]
    [InlineData("the nurse on 111 said to call 999, my husband's lips are turning blue and he can't catch his breath", RedFlagCategory.Breathing)]
    public void Category_RedFlagNearAStoryACourseOrAVisit_IsStillARedFlag(string message, string category)
    {
        Assert.Equal(category, PhraseScreen.Category(message));
    }

    [Theory]
    [InlineData("my nephew had his meningitis jab at school on Tuesday and his arm is a bit sore, is the juice ok for him")]
    [InlineData("we ran sepsis and meningitis drills on mannequins at college today, does the course cover the gut")]
    [InlineData("my uncle is on the stroke unit doing his physio, can I bring him kefir")]
    [InlineData("that overdose scene in the soap was hard to watch, are your teas caffeine free")]
    [InlineData("our spaniel had a seizure on Sunday and the vet has him on tablets, do you make dog probiotics")]
    [InlineData("the neighbours cat keeps having fits, the vet says it's epilepsy, is catnip bad for eczema")]
    [InlineData("my landlord is going to kill me if the rent is late again, anything for stress spots")]
    [InlineData("I'm having a stroke trying to read the ingredients on this tub, is there an English label")]
    [InlineData("the kids were so loud at the party I nearly had a fit, anyway is the trial still on")]
    [InlineData("I'll kill myself if my team loses again haha, anyway is the juice vegan")]
    [InlineData("my sister said she wanted to die when she saw the photos, she was joking, does the cream help redness")]
    [InlineData("I caught my wrist on the baking tray, there's a thin red line but no blister, which cream is gentle")]
    [InlineData("I had a nosebleed this morning that stopped after 10 minutes of pinching, is the dry air to blame")]
    [InlineData("we laughed so hard at the panto last night that my nan couldn't breathe, is the juice ok for her")]
    [InlineData("my uncle is back on his allotment after his heart attack in March, can he have the greens")]
    [InlineData("her second stroke was in 2019 and she walks with a frame now, is kefir ok with her tablets")]
    public void Category_AJabAServiceAPetAJokeOrAStoppedSign_IsNotARedFlag(string message)
    {
        Assert.Null(PhraseScreen.Category(message));
    }

    [Theory]
    [InlineData("we just got back from visiting the stroke unit and now my mum's face is drooping and her speech is slurred", RedFlagCategory.Stroke)]
    [InlineData("the dog jumped up and knocked my grandad over, he hit his head on the step and he's been sick twice and is confused", RedFlagCategory.HeadInjury)]
    [InlineData("a stray dog bit my daughter's arm and the blood is pouring through the towel", RedFlagCategory.HeavyBleeding)]
    [InlineData("I'm going to kill myself tonight, I have the tablets ready", RedFlagCategory.SelfHarm)]
    [InlineData("I feel sick as a dog and there's a crushing pain in my chest going down my left arm", RedFlagCategory.ChestHeart)]
    [InlineData("my mum had the flu jab last week and now she has a stiff neck, a fever and a rash that doesn't fade under a glass", RedFlagCategory.SepsisMeningitis)]
    [InlineData("haha I know this sounds dramatic but I'm not joking, I want to kill myself tonight", RedFlagCategory.SelfHarm)]
    [InlineData("after his stroke last year he was well, but tonight his face is drooping again and he can't lift his arm", RedFlagCategory.Stroke)]
    [InlineData("I think grandad is having his second stroke, he can't get his words out", RedFlagCategory.Stroke)]
    [InlineData("there's a red line running up my arm from the cut and I feel shivery", RedFlagCategory.SkinInfection)]
    [InlineData("my son's nosebleed has gone on for 30 minutes and it's dripping through the tissues", RedFlagCategory.HeavyBleeding)]
    public void Category_RedFlagNearAJabAServiceAPetOrAJoke_IsStillARedFlag(string message, string category)
    {
        Assert.Equal(category, PhraseScreen.Category(message));
    }

    // Round 15's family (RedFlagRules.SelfHarmPlan.cs): the means at hand with a day, a decision or a farewell; a wish to
    // be dead told now; standing at a drop looking down; things given away with a goodbye; "no longer wish" is not settled.
    [Theory]
    [InlineData("I've kept back a month of my codeine and I'm taking them on Saturday while everyone is out")]
    [InlineData("bought a rope this afternoon. what's the point.")]
    [InlineData("honestly I just want to stop existing, it's all too much lately")]
    [InlineData("every night I pray that I won't wake up in the morning")]
    [InlineData("I see no point in going on any more")]
    [InlineData("I'm standing on the bridge near work looking down at the water")]
    [InlineData("I gave my guitar and my books to my brother today, I won't be needing them")]
    [InlineData("I no longer wish to go on and I have been putting aside my tablets for it")]
    public void Category_SuicidalPlanOrWish_IsSelfHarm(string message)
    {
        Assert.Equal(RedFlagCategory.SelfHarm, PhraseScreen.Category(message));
    }

    [Theory]
    [InlineData("what's the point of taking these tablets if my skin isn't improving?")]
    [InlineData("we've picked Friday for the party, can I take my tablets with a glass of wine?")]
    [InlineData("I bought a rope for the kids' tree swing, any tips for sunburn?")]
    [InlineData("I hope the baby doesn't wake the whole house tonight, can she have probiotics?")]
    [InlineData("I stood on the bridge for ages watching the fireworks and got a cold sore")]
    [InlineData("I gave my old clothes to charity and said goodbye to the house when we moved")]
    [InlineData("years ago I stockpiled tablets during a bad patch, I'm well now, is the juice ok with lithium")]
    [InlineData("in the novel I'm reading the heroine gave away her books and says she won't be needing them, any gentle face wash?")]
    public void Category_PlanWordsInAnOrdinaryMessage_AreNotARedFlag(string message)
    {
        Assert.Null(PhraseScreen.Category(message));
    }

    // Round 16's families, written from the guidance (a sign that has passed, said laughing, a figure of speech, a message
    // that says no one is ill, a course or a quiz about the sign), each with the red flags they must not hide: the NHS
    // says to call 999 for stroke signs even when they go away (a TIA) and for chest pain, so those are never "passed".
    [Theory]
    [InlineData("I fainted when the nurse took my blood this morning but came round straight away and I'm fine")]
    [InlineData("during the panic attack I felt like I couldn't breathe, then it was fine after a few minutes")]
    [InlineData("my brother swears he's having a heart attack every time the bill arrives 😂 any deals on the trial?")]
    [InlineData("my sister says she'll have a stroke if her team loses again lol, is the juice vegan")]
    [InlineData("I collapsed into bed the minute I got home from the night shift, does sleep help acne")]
    [InlineData("I'm completely knocked out by this flu, can I still take the probiotic")]
    [InlineData("my shoulders are seizing up from the desk job, is magnesium good for the skin")]
    [InlineData("our staff room poster needs a line about what to do if someone swallows bleach. No incident, just updating the policy.")]
    [InlineData("at the first aid refresher they said a seizure lasting over five minutes needs an ambulance, is that still right?")]
    [InlineData("I'm doing suicide intervention training with work next week, any reading you'd suggest on mood and the gut?")]
    public void Category_APassedEpisodeAJokeAnIdiomOrNoOnesSign_IsNotARedFlag(string message)
    {
        Assert.Null(PhraseScreen.Category(message));
    }

    [Theory]
    [InlineData("my dad's face drooped and his speech went slurred for ten minutes, then he was back to normal", RedFlagCategory.Stroke)]
    [InlineData("I passed out in the shower and came round after a minute, but now I've got crushing chest pain", RedFlagCategory.ChestHeart)]
    [InlineData("lol I know this sounds dramatic but I'm not joking, my chest is crushing and the pain is going down my left arm", RedFlagCategory.ChestHeart)]
    [InlineData("nothing has happened yet but I keep thinking about ending my life", RedFlagCategory.SelfHarm)]
    [InlineData("my son hit his head on the climbing frame and was sick, it settled for an hour but he's been sick again", RedFlagCategory.HeadInjury)]
    public void Category_RedFlagThatGoesOnOrIsMeant_IsStillARedFlag(string message, string category)
    {
        Assert.Equal(category, PhraseScreen.Category(message));
    }

    [Fact]
    public void Category_RedFlagInALongMessage_IsFoundInItsSentence()
    {
        const string message = "Hi, I've had eczema since I was a child and I've tried every cream. I started a probiotic two weeks ago. "
            + "My gut feels better. Since this morning my chest has felt really tight and the pain is going into my jaw. "
            + "Anyway, which foods are best for the skin?";

        Assert.Equal(RedFlagCategory.ChestHeart, PhraseScreen.Category(message));
    }

    [Fact]
    public void Category_TermsInTwoSentences_AreFoundInTheWholeMessage()
    {
        Assert.Equal(RedFlagCategory.Pregnancy, PhraseScreen.Category("I'm 20 weeks pregnant. Since an hour ago there's been bleeding."));
    }

    // Round 17: red flags told in the writer's own words (RedFlagRules.Indirect.cs), one case or two per family, written
    // from the category guidance in Safety/README.md.
    [Theory]
    [InlineData("I'm 34 weeks and I haven't felt a single kick since lunch", RedFlagCategory.Pregnancy)]
    [InlineData("36+4 here, her movements have been much slower than usual all day", RedFlagCategory.Pregnancy)]
    [InlineData("she dropped to the floor out of the blue in the supermarket queue", RedFlagCategory.ConfusionCollapse)]
    [InlineData("my uncle has keeled over twice since this morning", RedFlagCategory.ConfusionCollapse)]
    [InlineData("my grandad keeps talking to people who aren't there and doesn't know he's at home", RedFlagCategory.ConfusionCollapse)]
    [InlineData("my aunt thought it was 1985 and couldn't tell me her own birthday", RedFlagCategory.ConfusionCollapse)]
    [InlineData("my husband is talking gibberish and his mouth looks odd on one side", RedFlagCategory.Stroke)]
    [InlineData("he's dragging his left foot and his words sound thick", RedFlagCategory.Stroke)]
    [InlineData("there's a heavy pressure behind my breastbone and I feel sick", RedFlagCategory.ChestHeart)]
    [InlineData("I've been sick twice and it was bright red", RedFlagCategory.GiBleeding)]
    [InlineData("bloody diarrhoea since this morning and now I feel faint", RedFlagCategory.GiBleeding)]
    [InlineData("my mum took her whole week's dosette box at once", RedFlagCategory.PoisoningOverdose)]
    [InlineData("he's taken 30 paracetamol over the day for his back", RedFlagCategory.PoisoningOverdose)]
    [InlineData("my dad took a week's worth of his heart pills at once this morning", RedFlagCategory.PoisoningOverdose)]
    [InlineData("she has swallowed a whole month of her blood pressure tablets in one go", RedFlagCategory.PoisoningOverdose)]
    [InlineData("she grabbed the pan and her palm is blistered and white", RedFlagCategory.BurnsShock)]
    [InlineData("my daughter fell off the swing and now she keeps asking the same question", RedFlagCategory.HeadInjury)]
    [InlineData("my mum is on apixaban and banged her head on a cupboard", RedFlagCategory.HeadInjury)]
    [InlineData("I woke up on the bathroom floor with my tongue bitten", RedFlagCategory.Seizure)]
    [InlineData("my toddler went stiff and then his arms were jerking", RedFlagCategory.Seizure)]
    [InlineData("38.5 on the thermometer and he's only 6 weeks", RedFlagCategory.UnwellChild)]
    [InlineData("I've got a fever and the rash isn't fading when I press a glass on it", RedFlagCategory.SepsisMeningitis)]
    public void Category_RedFlagToldIndirectly_IsFound(string message, string category)
    {
        Assert.Equal(category, PhraseScreen.Category(message));
    }

    // Round 17's context families (RedFlagContext.History.cs, RedFlagRule.Explained): a relative's sign dated by the age
    // they had it at or said to run in the family; a face numbed at the dentist, drooping after botox or diagnosed as
    // Bell's palsy; a fear of the sign; and the red flags these must not hide.
    [Theory]
    [InlineData("Grandad's stroke at 70 scared us all into eating better, is your plan low in salt?")]
    [InlineData("my sister took an overdose at 17; she's a nurse now and wants skin-friendly snacks for nights")]
    [InlineData("a stroke in my family is what got me eating better, is your plan low in salt")]
    [InlineData("my lip is still drooping from the dentist's injection, can I eat yet?")]
    [InlineData("my eyelid drooped after botox last week, would collagen help?")]
    [InlineData("I have a phobia of choking so I struggle with big tablets")]
    public void Category_ARelativesDatedHistoryAnExplainedFaceOrAFear_IsNotARedFlag(string message)
    {
        Assert.Null(PhraseScreen.Category(message));
    }

    [Theory]
    [InlineData("my dad had a heart attack at 52 and now he has crushing chest pain again", RedFlagCategory.ChestHeart)]
    [InlineData("my brother had a seizure at 19 and he's fitting again right now", RedFlagCategory.Seizure)]
    [InlineData("I had a filling this morning and now my arm is weak and my face is drooping", RedFlagCategory.Stroke)]
    [InlineData("I have a phobia of choking and now my son is choking on a grape and can't breathe", RedFlagCategory.Breathing)]
    [InlineData("I know this juice isn't medicine lol but I've got a fever and a rash that doesn't fade when I press a glass on it", RedFlagCategory.SepsisMeningitis)]
    public void Category_RedFlagNearADatedHistoryAFillingAFearOrAJoke_IsStillARedFlag(string message, string category)
    {
        Assert.Equal(category, PhraseScreen.Category(message));
    }

    // Round 18's context families, read in the clause of the sign only: a sign told as possible, feared or prevented
    // (RedFlagContext.Possible.cs); an old sign dated by a time opening the next phrase, an age or a decade of life; a
    // sign managed, diagnosed and treated or none for years; figures of speech and a medicine named after the sign.
    [Theory]
    [InlineData("strobe lights can trigger seizures, is that true for everyone with epilepsy?")]
    [InlineData("what should I do if my husband has a seizure while we're out hiking?")]
    [InlineData("my daughter might get meningitis at university, which vaccine does she need")]
    [InlineData("I'd like to lower the risk of a stroke through my diet")]
    [InlineData("I vomited blood once at a party, ten years ago, never since.")]
    [InlineData("I had a febrile seizure when I was three, does that matter for probiotics?")]
    [InlineData("I self-harmed in my late teens and the scars bother me")]
    [InlineData("his seizures are well managed on tablets, can he try the kids' probiotic?")]
    [InlineData("she gets absence seizures, diagnosed and treated, is there a diet for it?")]
    [InlineData("if my exam results are bad I'll have a heart attack, anyway which juice helps stress")]
    [InlineData("I'm so confused by all the different vitamin brands")]
    [InlineData("I'm literally collapsing on my feet after night shifts")]
    [InlineData("does the juice interact with anti-seizure medication?")]
    [InlineData("his seizures are well controlled but now I'm wondering whether probiotics could help his eczema")]
    [InlineData("my seizures are well managed but I've had two kids since, does pregnancy change the gut?")]
    public void Category_APossibleOldManagedOrFigurativeSign_IsNotARedFlag(string message)
    {
        Assert.Null(PhraseScreen.Category(message));
    }

    [Theory]
    [InlineData("I think I could have a blood clot, my calf is swollen, red and hot", RedFlagCategory.ClotLimb)]
    [InlineData("he might be having a stroke, his face has dropped on one side", RedFlagCategory.Stroke)]
    [InlineData("what do I do if she has another seizure? she's had two this morning", RedFlagCategory.Seizure)]
    [InlineData("I vomited blood ten years ago and now I'm vomiting blood again", RedFlagCategory.GiBleeding)]
    [InlineData("my seizures were well managed but today I've had three seizures in a row", RedFlagCategory.Seizure)]
    [InlineData("my seizures were well managed but today I've had three in a row", RedFlagCategory.Seizure)]
    [InlineData("her seizures were well controlled but this afternoon she had two back to back", RedFlagCategory.Seizure)]
    [InlineData("I'm so confused by all the different strains and my dad is suddenly confused and doesn't know where he is", RedFlagCategory.ConfusionCollapse)]
    [InlineData("I think I'm having a heart attack, crushing chest pain down my arm", RedFlagCategory.ChestHeart)]
    [InlineData("she didn't know me today, thought it was 1975, and kept asking for her husband who died in 2019", RedFlagCategory.ConfusionCollapse)]
    public void Category_RedFlagNearAPossibleOldManagedOrFigurativeSign_IsStillARedFlag(string message, string category)
    {
        Assert.Equal(category, PhraseScreen.Category(message));
    }

    // Round 19: lips, fingertips or mouth gone blue or grey, however told, are urgent; a complexion is not.
    [Theory]
    [InlineData("my lips look greyish in the bathroom mirror")]
    [InlineData("his mouth has gone bluish")]
    [InlineData("my fingertips look dusky and bluish")]
    public void Rule_BlueOrGreyLipsHoweverTold_IsASharedBreathingSign(string message)
    {
        var rule = PhraseScreen.Rule(message);

        Assert.NotNull(rule);
        Assert.Equal(RedFlagCategory.Breathing, rule.Category);
        Assert.True(rule.SharedSign);
    }

    [Theory]
    [InlineData("my skin looks grey and dull every winter, would more greens help")]
    [InlineData("after a heavy weekend my face looks grey, what can I do for my gut")]
    public void Category_AGreyComplexion_IsNotARedFlag(string message)
    {
        Assert.Null(PhraseScreen.Category(message));
    }

    // Round 19: a sign told in the past and checked since, found fine, usually in a later sentence (RedFlagContext.Checked.cs).
    [Theory]
    [InlineData("I had some spotting at 8 weeks. The early pregnancy unit scanned me and all was well. Is the probiotic safe?")]
    [InlineData("my dad had chest pain last week, went to A&E and the tests were normal, can he start the juice?")]
    [InlineData("the seizure she had in March was looked at by the neurologist, EEG normal. can she have the kids' gummies?")]
    [InlineData("I'm 9 weeks and had light spotting two days ago. They scanned me yesterday and saw the heartbeat.")]
    public void Category_APastSignCheckedAndFoundFine_IsNotARedFlag(string message)
    {
        Assert.Null(PhraseScreen.Category(message));
    }

    [Theory]
    [InlineData("I had some spotting at 8 weeks and the scan was fine, but now I'm bleeding again with cramps", RedFlagCategory.Pregnancy)]
    [InlineData("I'm 10 weeks pregnant and bleeding heavily right now. The scan last week was fine.", RedFlagCategory.Pregnancy)]
    [InlineData("31 weeks pregnant, my face and fingers have puffed up suddenly and I've got a pounding headache. Bloods were fine last week.", RedFlagCategory.Pregnancy)]
    [InlineData("I had spotting at 7 weeks, the scan showed a heartbeat, and today I'm bleeding heavily with clots", RedFlagCategory.Pregnancy)]
    [InlineData("my dad had crushing chest pain last week, the tests were normal, but tonight the crushing chest pain is back", RedFlagCategory.ChestHeart)]
    public void Category_ASignNowOrBackAfterACheck_IsStillARedFlag(string message, string category)
    {
        Assert.Equal(category, PhraseScreen.Category(message));
    }
}
